import * as vscode from 'vscode';
import type { Lang } from '../../core/engineApi';
import type { ClauseCatalogue, ParameterValue, ProfileQuestion } from '../../core/clauses/index';
import type { PolicyAnswers } from '../../core/config/configTypes';
import { getEngine } from '../engine/engine';
import { answerInvalid } from './answerInvalid';

/** What "Assemble a policy" needs; a caller (a test) may pass it to skip the questions. */
export interface PolicyChoice {
  profile: string;
  /** By question or parameter name; a value may differ per language ({ en, fr }). */
  answers?: Record<string, ParameterValue>;
  /** File name without .en.md / .fr.md; open-data-policy by default. */
  name?: string;
}

/** Questions whose answer differs by language (words, and addresses: a portal has a page per language): asked in English, then in French. */
const IN_BOTH_LANGUAGES = new Set(['string', 'text', 'url']);

/**
 * Asks for the profile, the essential questions (municipality, province, lead and the
 * profile's required ones; defaults from the configuration, then the profile) and the file
 * name. Escape cancels everything; an empty answer is left for the writer to fill.
 */
export async function askPolicyAnswers(catalogue: ClauseCatalogue, policy: PolicyAnswers, lang: Lang, defaultName = 'open-data-policy'): Promise<PolicyChoice | undefined> {
  const engine = getEngine();
  const title = vscode.l10n.t('Assemble a policy');
  const stepsOf = (p: ClauseCatalogue['profiles']['profiles'][number]) => engine.clauses.essentialQuestions(p).reduce((n, q) => n + (IN_BOTH_LANGUAGES.has(q.type) ? 2 : 1), 0) + 2;
  const counts = new Set(catalogue.profiles.profiles.map(stepsOf));
  const picked = await vscode.window.showQuickPick(
    catalogue.profiles.profiles.map((p) => ({ label: p.title[lang], description: p.id, detail: p.description[lang], profile: p })),
    { title: counts.size === 1 ? `${title} (1/${[...counts][0]})` : title, placeHolder: vscode.l10n.t('Profile'), matchOnDetail: true },
  );
  if (!picked) return undefined;
  const profile = picked.profile;
  const defaults = engine.clauses.questionDefaults(profile, policy);
  const questions = engine.clauses.essentialQuestions(profile);
  const steps = stepsOf(profile);
  let step = 1;
  const stepTitle = () => `${title} (${++step}/${steps})`;
  const answers: Record<string, ParameterValue> = {};
  for (const question of questions) {
    const answer = await ask(question, defaults[question.name], lang, stepTitle);
    if (answer === null) return undefined;
    if (answer !== undefined) answers[question.name] = answer;
  }
  const name = await vscode.window.showInputBox({
    title: stepTitle(),
    prompt: vscode.l10n.t('File name (without .en.md / .fr.md)'),
    value: defaultName,
    validateInput: (value) => {
      const problem = engine.templates.validateSlug(value);
      return problem ? engine.templates.slugProblemMessage(problem, lang) : undefined;
    },
  });
  return name ? { profile: profile.id, answers, name } : undefined;
}

/** One question: null when cancelled, undefined when left empty. */
async function ask(q: ProfileQuestion, fallback: ParameterValue | undefined, lang: Lang, stepTitle: () => string): Promise<ParameterValue | null | undefined> {
  const label = q.label[lang];
  if (q.type === 'enum' && q.options) {
    const items = q.options.map((o) => ({ label: o.label[lang], description: o.value, picked: o.value === fallback }));
    const chosen = await vscode.window.showQuickPick(
      [...items.filter((i) => i.picked), ...items.filter((i) => !i.picked)],
      { title: stepTitle(), placeHolder: label },
    );
    return chosen ? chosen.description : null;
  }
  const textOf = (which: Lang) => (fallback === undefined ? '' : typeof fallback === 'object' ? fallback[which] : String(fallback));
  // The help text stays visible when a default fills the box (a placeholder would hide behind it).
  const help = q.description?.[lang];
  const input = (prompt: string, value: string) =>
    vscode.window.showInputBox({ title: stepTitle(), prompt: help ? `${prompt} — ${help}` : prompt, value, validateInput: (v) => answerInvalid(q, v, lang) });
  if (IN_BOTH_LANGUAGES.has(q.type)) {
    const en = await input(vscode.l10n.t('{0} (English)', label), textOf('en'));
    if (en === undefined) return null;
    const fr = await input(vscode.l10n.t('{0} (French)', label), textOf('fr') && textOf('fr') !== textOf('en') ? textOf('fr') : en);
    if (fr === undefined) return null;
    if (!en.trim() && !fr.trim()) return undefined;
    return en === fr ? en : { en: en || fr, fr: fr || en };
  }
  const value = await input(label, textOf(lang));
  if (value === undefined) return null;
  if (!value.trim()) return undefined;
  return q.type === 'number' || q.type === 'integer' ? getEngine().clauses.parseNumberAnswer(value)! : value.trim();
}
