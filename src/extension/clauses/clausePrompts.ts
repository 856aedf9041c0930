import * as vscode from 'vscode';
import type { Lang } from '../../core/engineApi';
import type { ClauseParameter } from '../../core/clauses/index';
import { getEngine } from '../engine/engine';
import { uiLanguage } from '../util/uiLanguage';
import { answerInvalid, type AskedValue } from './answerInvalid';

/**
 * The questions "Insert policy clause" may ask before it inserts. The dialogs are the real
 * ones; a test (through the internal command) gives its answers instead, and sees what was asked.
 */
export interface ClausePrompts {
  /** Whether to insert a clause that the document already holds. */
  insertAgain(title: string): Promise<boolean>;
  /** A date as `YYYY-MM-DD`: '' when left for later (the tab stop stays), null when cancelled. */
  date(parameter: ClauseParameter, lang: Lang, step: string): Promise<string | null>;
}

/** The answers a caller gives in advance: the modal's answer, and dates by parameter name. */
export interface ClauseAnswers {
  insertAgain?: boolean;
  dates?: Record<string, string>;
}

export function askedValueOf(parameter: ClauseParameter): AskedValue {
  return { name: parameter.name, type: parameter.type, options: parameter.options, label: parameter.label ?? { en: parameter.name, fr: parameter.name } };
}

export const dialogPrompts: ClausePrompts = {
  async insertAgain(title) {
    const again = vscode.l10n.t('Insert it again');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('This document already holds the clause “{0}”.', title), { modal: true }, again);
    return answer === again;
  },
  async date(parameter, lang, step) {
    const asked = askedValueOf(parameter);
    const ui = uiLanguage();
    const answer = await vscode.window.showInputBox({
      title: `${vscode.l10n.t('Insert policy clause')} (${step})`,
      prompt: vscode.l10n.t('{0} (YYYY-MM-DD), written out in the clause’s language; leave empty to fill it in later', asked.label[lang]) + describe(parameter, lang),
      placeHolder: typeof parameter.example === 'string' ? parameter.example : 'YYYY-MM-DD',
      ignoreFocusOut: true,
      validateInput: (value) => {
        const problem = answerInvalid(asked, value, ui);
        if (problem || !value.trim()) return problem;
        // Say how the date will read, so the writer sees « 1er avril 2027 » before it lands.
        return { message: vscode.l10n.t('In the clause: “{0}”', getEngine().clauses.formatDate(value.trim(), lang)), severity: vscode.InputBoxValidationSeverity.Info };
      },
    });
    return answer === undefined ? null : answer.trim();
  },
};

function describe(parameter: ClauseParameter, lang: Lang): string {
  const help = parameter.description?.[lang];
  return help ? ` — ${help}` : '';
}

/** What the scripted prompts were asked (`insertAgain`, `date:<name>`), and why an answer was refused. */
export interface PromptRecord {
  asked: string[];
  refused?: string;
}

/**
 * Prompts answered from `answers`, recording each question in `record`. A date that the real
 * input box would refuse is refused here too: the insertion is cancelled, with the reason.
 */
export function scriptedPrompts(answers: ClauseAnswers, record: PromptRecord): ClausePrompts {
  return {
    async insertAgain() {
      record.asked.push('insertAgain');
      return answers.insertAgain === true;
    },
    async date(parameter) {
      record.asked.push(`date:${parameter.name}`);
      const value = answers.dates?.[parameter.name];
      if (value === undefined) return '';
      const problem = answerInvalid(askedValueOf(parameter), value, uiLanguage());
      if (!problem) return value.trim();
      record.refused = problem;
      return null;
    },
  };
}
