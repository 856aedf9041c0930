import * as vscode from 'vscode';

/**
 * The form of a count in the UI language, by its plural rules (`Intl.PluralRules`: in French
 * 0 and 1 take the singular). vscode.l10n has no plurals, so each form is its own string:
 * `plural(n, vscode.l10n.t('{0} pair', count(n)), vscode.l10n.t('{0} pairs', count(n)))`.
 */
export function plural(n: number, one: string, other: string): string {
  return new Intl.PluralRules(vscode.env.language).select(n) === 'one' ? one : other;
}

/** A count written the way the UI language writes numbers (`1 500` in French, `1,500` in English). */
export function count(n: number): string {
  return new Intl.NumberFormat(/^fr/i.test(vscode.env.language) ? 'fr-CA' : 'en-CA').format(n);
}
