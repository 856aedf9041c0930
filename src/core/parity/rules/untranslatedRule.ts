import type { ParsedDocument, ProseUnit } from '../../markdown/documentModel';
import { frontMatterKeyPolicy } from '../../frontMatter/keyPolicy';
import { frontMatterLeaves, leavesByPath, type FrontMatterLeaf } from '../../frontMatter/leaves';
import type { CheckOptions } from '../pairContext';
import { proseWords } from '../../markdown/prose';
import { detectProseLanguage } from '../../language/detectLanguage';
import { languageName } from '../pairContext';
import { defineMessages } from '../../messages/catalog';
import { defineRule, type DocumentRuleContext, type PairRuleContext } from '../../rules/rule';

/** How sure the identifier must be before a passage is called untranslated. */
const MIN_CONFIDENCE = 0.5;

type Message = keyof typeof messages.en;

/** Prose copied unchanged from the other language's file into the aligned place. */
function checkIdenticalText(ctx: PairRuleContext<'untranslated', Message>): void {
  for (const { source, target } of ctx.steps) {
    if (!source.length || !target.length) continue;
    const sourceUnits = new Map<string, ProseUnit>();
    for (const u of source.flatMap((b) => b.prose)) sourceUnits.set(normalize(u.text), u);
    for (const u of target.flatMap((b) => b.prose)) {
      const twin = sourceUnits.get(normalize(u.text));
      // Only prose: a shared product name or a table cell with a number is not a translation gap.
      if (!twin || onlyTemplateTags(u.text) || !detectProseLanguage(wordsOf(u), 20)) continue;
      ctx.report('untranslated', { doc: ctx.target, start: u.start, end: u.end }, 'untranslatedIdentical', {}, { doc: ctx.source, start: twin.start, end: twin.end });
    }
  }
}

/**
 * Front matter prose (`description`, `summary`, `image-alt`, at any depth) the same in both
 * files: copied, not translated. Only passages as long as the rule's `minLength` that read as
 * prose, so a product name or a short label shared by both languages is left alone.
 */
function checkIdenticalFrontMatter(ctx: PairRuleContext<'untranslated', Message>): void {
  const min = ctx.option<number>('untranslated', 'minLength');
  const sourceByPath = leavesByPath(proseLeaves(ctx.source, ctx.options));
  for (const leaf of proseLeaves(ctx.target, ctx.options)) {
    const twin = sourceByPath.get(leaf.path);
    const text = String(leaf.value);
    if (!twin || normalize(String(twin.value)) !== normalize(text) || !detectProseLanguage(plainText(text), min)) continue;
    ctx.report('untranslated', keyAt(ctx.target, leaf), 'untranslatedIdentical', {}, keyAt(ctx.source, twin));
  }
}

/** Front matter prose of a file written in the other language. */
function checkFrontMatterLanguage(ctx: DocumentRuleContext<'untranslated', Message>, min: number): void {
  const { doc } = ctx;
  for (const leaf of proseLeaves(doc, ctx.options)) {
    const at = keyAt(doc, leaf);
    if (ctx.reportedAt('untranslated', at.start)) continue;
    const guess = detectProseLanguage(plainText(String(leaf.value)), min, doc.lang);
    if (!guess || guess.lang === doc.lang || guess.confidence < MIN_CONFIDENCE) continue;
    ctx.report('untranslated', at, 'untranslatedLanguage', { detected: languageName(guess.lang), expected: languageName(doc.lang) });
  }
}

function proseLeaves(doc: ParsedDocument, options: CheckOptions): FrontMatterLeaf[] {
  const policy = frontMatterKeyPolicy(options);
  return frontMatterLeaves(doc.frontMatter).filter((l) => typeof l.value === 'string' && policy.isProse(l.name) && !policy.isIgnored(l.top.key));
}

/** Front matter prose may hold inline HTML or Markdown links: their words only. */
function plainText(value: string): string {
  return value.replace(/<[^>]*>/g, ' ').replace(/\]\([^)]*\)/g, ']').replace(/[*_`[\]]/g, '').replace(/\s+/g, ' ').trim();
}

function keyAt(doc: ParsedDocument, leaf: FrontMatterLeaf) {
  return { doc, start: doc.lines.offset(leaf.range.start), end: doc.lines.offset(leaf.range.end) };
}

/**
 * Passages of a file written in the other language, by a language identifier made for short
 * text; a passage the pair check already reported as copied is not reported again.
 */
function checkDocumentLanguage(ctx: DocumentRuleContext<'untranslated', Message>): void {
  const { doc } = ctx;
  if (!ctx.languageKnown) return;
  const min = ctx.option<number>('untranslated', 'minLength');
  checkFrontMatterLanguage(ctx, min);
  for (const block of doc.blocks) {
    if (block.kind === 'code') continue;
    for (const unit of block.prose) {
      if (ctx.reportedAt('untranslated', unit.start) || onlyTemplateTags(unit.text)) continue;
      const guess = detectProseLanguage(wordsOf(unit), min, doc.lang);
      if (!guess || guess.lang === doc.lang || guess.confidence < MIN_CONFIDENCE) continue;
      ctx.report('untranslated', unit, 'untranslatedLanguage', { detected: languageName(guess.lang), expected: languageName(doc.lang) });
    }
  }
}

/** The unit's words with their punctuation, as the language identifier reads them. */
function wordsOf(unit: ProseUnit): string {
  const words = proseWords(unit);
  if (!words.length) return '';
  // Keep the text between words (punctuation tells sentences apart), drop what is not words.
  let out = '';
  let last = words[0].start;
  for (const w of words) {
    const between = unit.raw.slice(last, w.start);
    out += /[.!?;:]/.test(between) ? between.replace(/[^.!?;:\s]/g, ' ') : ' ';
    out += w.text;
    last = w.end;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * A line of template tags only (Eleventy/Nunjucks/Liquid/Jekyll `{% docLinks locale figma %}`,
 * `{{ page.title }}`): the site generator's code, the same in both languages, not prose.
 */
function onlyTemplateTags(text: string): boolean {
  return /^(?:\s*(?:\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}))+\s*$/.test(text);
}

function normalize(text: string): string {
  return text.replace(/[\s\u00A0\u202F]+/g, ' ').trim().toLowerCase();
}

const messages = defineMessages({
  en: {
    untranslatedLanguage: 'This passage seems to be in {detected}, not {expected}.',
    untranslatedIdentical: 'This text is the same as in the {lang} file (line {line}): not translated?',
  },
  fr: {
    untranslatedLanguage: 'Ce passage semble rédigé en {detected} et non en {expected}.',
    untranslatedIdentical: 'Ce texte est identique à celui du fichier {lang} (ligne {line})\u00A0: non traduit?',
  },
});

export const untranslatedRule = defineRule({
  ids: [
    {
      id: 'untranslated',
      severity: 'warning',
      description: { en: 'No passage is left in the other language.', fr: 'Aucun passage n’est resté dans l’autre langue.' },
      docs: 'a passage in the other language (language identifier made for short text, names, code and addresses left out), or copied unchanged',
      options: {
        minLength: {
          schema: { type: 'integer', minimum: 1, maximum: 10000, description: 'Shortest passage, in letters (code, addresses and names left out), that is checked for its language. Default 40.' },
          default: 40,
        },
      },
    },
  ],
  messages,
  pair(ctx) {
    checkIdenticalText(ctx);
    checkIdenticalFrontMatter(ctx);
  },
  document: checkDocumentLanguage,
});
