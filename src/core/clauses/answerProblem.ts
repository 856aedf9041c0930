import type { MessageArgs } from '../findings';
import type { ClauseParameterOption, ClauseParameterType, ParameterValue } from './clauseTypes';

/** Why an answer does not fit its parameter's type, as a clause message (clauses.badAnswer*). */
export interface AnswerProblem {
  messageId: string;
  args: MessageArgs;
}

/**
 * Checks one answer against the type its question or clause parameter declares, so that a typo
 * never reaches the policy (« adoptée le 2027-13-45 »). A value given per language is checked in
 * each language. Returns null when the answer fits.
 */
export function answerProblem(name: string, type: ClauseParameterType, value: ParameterValue, options?: readonly ClauseParameterOption[]): AnswerProblem | null {
  if (typeof value === 'object') return answerProblem(name, type, value.en, options) ?? answerProblem(name, type, value.fr, options);
  const bad = (kind: string): AnswerProblem => ({ messageId: `clauses.badAnswer${kind}`, args: { name, value: shown(String(value)) } });
  switch (type) {
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? null : bad('Date');
    case 'number':
    case 'integer': {
      // A string is a number only as clauses write one out (`1500`, `2.5`); front ends parse what people type (parseNumberAnswer).
      const n = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
      const fits = type === 'integer' ? Number.isSafeInteger(n) : Number.isFinite(n);
      return fits ? null : bad(type === 'integer' ? 'Integer' : 'Number');
    }
    case 'url':
      return typeof value === 'string' && isWebAddress(value) ? null : bad('Url');
    case 'email':
      return typeof value === 'string' && EMAIL.test(value) ? null : bad('Email');
    case 'boolean':
      return typeof value === 'boolean' ? null : bad('Boolean');
    case 'enum':
      if (!options || options.some((o) => o.value === value)) return null;
      return { messageId: 'clauses.badAnswer', args: { name, detail: options.map((o) => o.value).join(', ') } };
    case 'string':
      // One line: a line break would end the sentence the clause puts it in, or start a block.
      return typeof value === 'string' && !CONTROL.test(value) ? null : bad('Line');
    case 'text':
      return null;
  }
}

/** `YYYY-MM-DD` naming a day that exists (no month 13, no 30 February, no year 0). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

/**
 * A number as a person types it: `1500`, `1,500`, `1 500` (any space), `2.5`, `-3`. A comma
 * followed by anything but groups of three digits (`2,5`) is refused rather than guessed.
 */
export function parseNumberAnswer(text: string): number | undefined {
  const m = /^(-?)(\d{1,3}(?:([,\s\u00A0\u202F])\d{3}(?:\3\d{3})*)?|\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return undefined;
  const value = Number(`${m[1]}${m[2].replace(/[,\s\u00A0\u202F]/g, '')}${m[4] ? '.' + m[4] : ''}`);
  return Number.isFinite(value) ? value : undefined;
}

function isWebAddress(text: string): boolean {
  if (/\s/.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** Line breaks and other control characters: what a one-line answer must not hold. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F\u2028\u2029]/;

/** Local part and domain of an address a policy can print: no spaces, angle brackets or markup. */
const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** The value as the message quotes it: line breaks and controls made visible. */
function shown(text: string): string {
  return text.replace(new RegExp(CONTROL.source, 'g'), (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
