import * as vscode from 'vscode';
import type { Lang } from '../../core/engineApi';
import type { Localized, ProfileQuestion } from '../../core/clauses/index';
import { getEngine } from '../engine/engine';

/** What is asked: a profile question, or a clause parameter with its label. */
export type AskedValue = Pick<ProfileQuestion, 'name' | 'type' | 'options'> & { label: Localized };

/**
 * The engine's own checks of an answer, in the prompt: one line without clause markers (refused
 * at assembly too), and the type (a real calendar date, a number, an address…).
 */
export function answerInvalid(q: AskedValue, value: string, lang: Lang): string | undefined {
  if (!value.trim()) return undefined;
  const engine = getEngine();
  const unsafe = engine.clauses.answerTextProblem(value);
  if (unsafe) return engine.formatMessage(unsafe, { name: q.label[lang] }, lang);
  const numeric = q.type === 'number' || q.type === 'integer';
  const parsed = numeric ? engine.clauses.parseNumberAnswer(value) : value.trim();
  if (parsed === undefined) return vscode.l10n.t('Write a number, or leave it empty to fill it in later.');
  const problem = q.type === 'enum' ? null : engine.clauses.answerProblem(q.name, q.type, parsed, q.options);
  if (!problem) return undefined;
  // Not even the shape of a date: say how to write one; a shape that names no day (2027-02-30) gets the engine's words.
  if (q.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return vscode.l10n.t('Write the date as YYYY-MM-DD, or leave it empty to fill it in later.');
  return engine.formatMessage(problem.messageId, problem.args, lang);
}
