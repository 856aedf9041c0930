import type { Finding, MessageArgs } from '../findings';
import type { ClauseProfile, Lang, LoadedClause, LoadedProfile, ParameterValue } from './clauseTypes';
import type { LibraryLookup } from './clauseDrift';
import { wrapInMarkers } from './clauseMarkers';
import { fillClause, type ParameterValues } from './fillClause';
import { isLocalized } from './formatValue';
import { answerProblem } from './answerProblem';

export const ASSEMBLY_RULE = 'clause-assembly';

export interface AssembleOptions {
  profile: ClauseProfile | LoadedProfile;
  library: LibraryLookup;
  /** Answers by question (= parameter) name; a value may differ by language ({en, fr}). */
  answers: ParameterValues;
  /** File name without the language suffix; `open-data-policy` by default. */
  baseName?: string;
  /** Front matter key that pairs the two files; the base name by default. */
  translationKey?: string;
}

export interface AssembledFile {
  lang: Lang;
  fileName: string;
  text: string;
}

export interface AssembledPolicy {
  en: AssembledFile;
  fr: AssembledFile;
  /** The clauses used, in order, after the profile's selections were made. */
  clauses: LoadedClause[];
  problems: Finding[];
}

const POLICY_TITLE: Record<Lang, string> = { en: 'Open Data Policy', fr: 'Politique sur les données ouvertes' };

/**
 * Builds the English and French policies from a profile: the selections are resolved
 * from the answers (e.g. the privacy clause by province), every clause is filled and
 * wrapped in its markers under a numbered heading, and both files share a translationKey.
 */
export function assemblePolicy(options: AssembleOptions): AssembledPolicy {
  const problems: Finding[] = [];
  const { profile } = options;
  // Assembly problems belong to the profile: its file when it was loaded from one.
  const file = 'origin' in profile ? profile.origin.file : `profile:${profile.id}`;
  const line = 'origin' in profile ? profile.origin.line : 0;
  const problem: Report = (severity, messageId, args) =>
    problems.push({ file, range: { start: { line, column: 0 }, end: { line, column: 0 } }, severity, rule: ASSEMBLY_RULE, messageId, args });

  const raw = answersWithDefaults(profile, options.answers, problem);
  const clauses: LoadedClause[] = [];
  for (const id of resolveProfileClauses(profile, raw, problem)) {
    const clause = options.library.byId.get(id);
    if (!clause) problem('error', 'clauses.profileUnknownClause', { profile: profile.id, id });
    else clauses.push(clause);
  }

  checkParameterAnswers(profile, clauses, options.answers, problem);
  const values = valuesForFilling(profile, raw);
  // Required questions left unanswered were reported above; do not repeat them per clause.
  const reported = new Set(profile.questions.filter((q) => q.required && raw[q.name] === undefined).map((q) => q.name));
  const baseName = options.baseName ?? 'open-data-policy';
  const translationKey = options.translationKey ?? baseName;
  const build = (lang: Lang): AssembledFile => {
    const sections = clauses.map((clause, index) => {
      const filled = fillClause(clause, lang, values);
      for (const name of filled.missing) {
        if (reported.has(name)) continue;
        reported.add(name);
        // Left as {{name}} in both files for the writer to fill: the pair still matches.
        problem('warning', 'clauses.missingAnswer', { name, id: clause.id });
      }
      return `## ${index + 1}. ${(clause.heading ?? clause.title)[lang]}\n\n${wrapInMarkers(clause.id, clause.version, filled.text)}\n`;
    });
    const frontMatter = [
      '---',
      `title: ${JSON.stringify(POLICY_TITLE[lang])}`,
      `lang: ${lang}`,
      `translationKey: ${JSON.stringify(translationKey)}`,
      `clauseProfile: ${JSON.stringify(profile.id)}`,
      '---',
    ].join('\n');
    const text = `${frontMatter}\n\n# ${POLICY_TITLE[lang]}\n\n${sections.join('\n')}`;
    return { lang, fileName: `${baseName}.${lang}.md`, text };
  };
  return { en: build('en'), fr: build('fr'), clauses, problems };
}

type Report = (severity: Finding['severity'], messageId: string, args: MessageArgs) => void;

/** Answers, then question defaults; required questions without either are reported. */
function answersWithDefaults(profile: ClauseProfile, answers: ParameterValues, problem: Report): Record<string, ParameterValue> {
  const out: Record<string, ParameterValue> = {};
  for (const [name, value] of Object.entries(profile.defaults ?? {})) out[name] = value;
  for (const q of profile.questions) if (q.default !== undefined) out[q.name] = q.default;
  for (const [name, value] of Object.entries(answers)) if (value !== undefined && value !== '') out[name] = value;
  for (const [name, value] of Object.entries(out)) {
    const unsafe = answerTextProblem(value);
    if (unsafe) problem('error', unsafe, { name });
  }
  for (const q of profile.questions) {
    const value = out[q.name];
    if (value === undefined) {
      if (q.required) problem('error', 'clauses.missingRequiredAnswer', { name: q.name, profile: profile.id });
      continue;
    }
    const bad = answerProblem(q.name, q.type, value, q.options);
    if (bad) problem('error', bad.messageId, bad.args);
  }
  return out;
}

/**
 * Answers are written into the middle of clause sentences: a line break would let an answer add
 * a heading, a list or a whole section to the policy, and `<!--` or `-->` would open, close or
 * forge clause markers (`<!-- /clause -->`). Both are refused, whatever the question.
 */
export function answerTextProblem(value: ParameterValue): 'clauses.answerNotOneLine' | 'clauses.answerMarkup' | undefined {
  const texts = isLocalized(value) ? [value.en, value.fr] : typeof value === 'string' ? [value] : [];
  if (texts.some((t) => /[\r\n\u2028\u2029]/.test(t))) return 'clauses.answerNotOneLine';
  if (texts.some((t) => t.includes('<!--') || t.includes('-->'))) return 'clauses.answerMarkup';
  return undefined;
}

/** Answers to clause parameters that no question asks (`--answer approval_date=…`) fit their type too. */
function checkParameterAnswers(profile: ClauseProfile, clauses: readonly LoadedClause[], answers: ParameterValues, problem: Report): void {
  const asked = new Set(profile.questions.map((q) => q.name));
  const seen = new Set<string>();
  for (const clause of clauses) {
    for (const p of clause.parameters) {
      const value = answers[p.name];
      if (asked.has(p.name) || seen.has(p.name) || value === undefined || value === '') continue;
      seen.add(p.name);
      const bad = answerProblem(p.name, p.type, value, p.options);
      if (bad) problem('error', bad.messageId, bad.args);
    }
  }
}

/** Enum answers are codes (`ON`); clauses get the words for them in each language. */
function valuesForFilling(profile: ClauseProfile, raw: Record<string, ParameterValue>): Record<string, ParameterValue> {
  const out = { ...raw };
  for (const q of profile.questions) {
    const value = raw[q.name];
    if (q.type !== 'enum' || value === undefined || isLocalized(value)) continue;
    const option = q.options?.find((o) => o.value === value);
    if (option) out[q.name] = { en: option.label.en, fr: option.label.fr };
  }
  return out;
}

/** The profile's clause ids in order, each selection replaced by the clause its answer picks. */
export function resolveProfileClauses(profile: ClauseProfile, answers: ParameterValues, problem?: Report): string[] {
  const ids: string[] = [];
  for (const entry of profile.clauses) {
    if (typeof entry === 'string') {
      ids.push(entry);
      continue;
    }
    const answer = answers[entry.by];
    const key = answer === undefined ? undefined : isLocalized(answer) ? answer.en : String(answer);
    const chosen = (key !== undefined ? entry.options[key] : undefined) ?? entry.default;
    if (chosen) ids.push(chosen);
    else problem?.('error', 'clauses.profileNoVariant', { profile: profile.id, slot: entry.select, by: entry.by, value: key ?? '' });
  }
  return ids;
}
