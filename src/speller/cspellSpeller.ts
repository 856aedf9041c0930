// The dictionaries of the spelling rule, through cspell-lib. This module is its own bundle
// (dist/speller.js, about 1.6 MB): the engine loads it only when a spelling check runs.
import type { SpellingDictionaryCollection } from 'cspell-lib';
import type { Lang } from '../core/lang';
import type { LanguageSpeller, Speller, SpellerConfigProblem } from '../core/spelling/speller';
import { AGREEMENT_PACKAGES, dictionaryDefinitions, packageDefinitions } from './dictionaries';
import { useKnownSizes } from './knownSizes';
import { workspaceLayer, type WorkspaceLayer } from './workspaceConfig';

/** A bound for a pathological word only: a search cut by time would make suggestions differ from run to run. */
const SUGGEST_TIMEOUT_MS = 5000;

/** What a speller adds to the shipped dictionaries: the workspace's cspell configuration and the project's words file. */
export interface SpellerScope {
  /** The workspace root: cspell configurations are searched from each file's folder up to here. */
  root?: string;
  /** The words of the project's dictionary file (accepted in both languages, case folded). */
  projectWords?: readonly string[];
  /** Reading the project's words failed (the front end read them): reported like a broken configuration. */
  problems?: readonly SpellerConfigProblem[];
  /** Forget what cspell-lib cached of configuration files first (the editor: one may have changed). */
  fresh?: boolean;
}

/** The shipped dictionaries of each language, loaded once per thread whatever the scopes that follow. */
const shipped = new Map<string, Promise<LanguageSpeller>>();

async function loadLanguage(lang: Lang, bundleDir?: string): Promise<LanguageSpeller> {
  const cspell = await import('cspell-lib');
  const { getDictionary } = cspell;
  const definitions = dictionaryDefinitions(lang, bundleDir);
  const agreement = AGREEMENT_PACKAGES[lang].map((pkg) => packageDefinitions(pkg, bundleDir));
  useKnownSizes(cspell, [...definitions, ...agreement.flat()]);
  const load = (defs: typeof definitions) => getDictionary({ dictionaryDefinitions: defs as never, dictionaries: defs.map((d) => d.name) });
  const [dictionary, ...agreeing] = await Promise.all([load(definitions), ...agreement.map(load)]);
  const strict = { ignoreCase: false };
  // Prose repeats its words: each is looked up once.
  const known = new Map<string, boolean>();
  const suggested = new Map<string, string[]>();
  return {
    isKnown(word) {
      let k = known.get(word);
      // Strict: by default cspell also accepts a word without its accents (`evenement`), a misspelling in French.
      if (k === undefined) known.set(word, (k = dictionary.has(word, strict) || (agreeing.length > 0 && agreeing.every((d) => d.has(word, strict)))));
      return k;
    },
    suggest(word, count) {
      const key = `${count}\u0000${word}`;
      let s = suggested.get(key);
      if (!s) suggested.set(key, (s = dictionary.suggest(word, { numSuggestions: count, timeout: SUGGEST_TIMEOUT_MS }).map((x) => x.word)));
      return s;
    },
  };
}

function shippedSpeller(lang: Lang, bundleDir?: string): Promise<LanguageSpeller> {
  const key = `${lang}\u0000${bundleDir ?? ''}`;
  let l = shipped.get(key);
  if (!l) shipped.set(key, (l = loadLanguage(lang, bundleDir)));
  return l;
}

/** The shipped dictionary with what the workspace adds for one file. */
function layered(base: LanguageSpeller, layer: WorkspaceLayer | undefined, projectWords: ReadonlySet<string>, problems: readonly SpellerConfigProblem[]): LanguageSpeller {
  const dictionary = layer?.dictionary;
  const forbidden = (w: string) => dictionary?.isForbidden(w) ?? false;
  return {
    isKnown: (w) => !forbidden(w) && (base.isKnown(w) || projectWords.has(w.toLowerCase()) || (dictionary?.has(w, { ignoreCase: false }) ?? false)),
    isForbidden: forbidden,
    suggest: (w, count) => base.suggest(w, count).filter((s) => !forbidden(s)),
    configProblems: [...problems, ...(layer?.problems ?? [])],
  };
}

/** A speller that loads each language's dictionary once, on first use, and adds the scope's configuration per file. */
export function createCspellSpeller(bundleDir?: string, scope: SpellerScope = {}): Speller {
  const projectWords = new Set((scope.projectWords ?? []).map((w) => w.toLowerCase()));
  const collections = new Map<string, Promise<SpellingDictionaryCollection>>();
  const layers = new Map<string, Promise<WorkspaceLayer>>();
  const ready = scope.fresh ? import('cspell-lib').then((c) => c.clearCachedFiles()) : Promise.resolve();
  const layerOf = (file: string) => {
    let l = layers.get(file);
    if (!l) layers.set(file, (l = ready.then(() => workspaceLayer(scope.root!, file, collections))));
    return l;
  };
  return {
    async forLanguage(lang, file) {
      const base = await shippedSpeller(lang, bundleDir);
      const layer = scope.root !== undefined && file !== undefined ? await layerOf(file) : undefined;
      if (!layer?.dictionary && !layer?.problems.length && !projectWords.size && !scope.problems?.length) return base;
      return layered(base, layer, projectWords, scope.problems ?? []);
    },
  };
}
