import type { NumericToken } from '../../extract/numbers';
import type { Block, ParsedDocument } from '../../markdown/documentModel';
import { renderNumericKey } from '../../extract/renderNumber';
import { formatNumber } from '../../locale/localeFormat';
import { blockStart, type Located } from '../pairContext';
import { defineMessages } from '../../messages/catalog';
import { defineRule, type PairRuleContext, type ReportExtra } from '../../rules/rule';

type PairContext = PairRuleContext<'numbers' | 'number-format', keyof typeof messages.en>;
import { SpelledNumbers } from './numberWords';
import { sameDate } from '../../extract/dateKeys';

/**
 * Numbers, dates, times and amounts of aligned blocks, compared as values: `1,500` = `1 500`,
 * `2.5%` = `2,5 %`, `$1,250,000` = `1 250 000 $`, `December 31, 2027` = `31 décembre 2027`.
 */
function checkNumbers(ctx: PairContext): void {
  for (const { source, target } of ctx.steps) {
    if (!source.length || !target.length) continue;
    // A heading alone against another kind of block (absorbed into a paragraph, its number is in the text).
    const reshaped = (source.length === 1 && isHeading(source[0])) !== (target.length === 1 && isHeading(target[0]));
    const s = source.flatMap((b) => numbersOf(b, reshaped));
    const t = target.flatMap((b) => numbersOf(b, reshaped));
    if (!s.length && !t.length) continue;
    compareBlockNumbers(ctx, source, target, s, t);
  }
}

const isHeading = (b: Block) => b.kind === 'heading';

/**
 * A heading's own numbering (“1. Users”) is a list marker once the other side writes the heading
 * as a list item or a plain line: compared only while both sides are headings.
 */
function numbersOf(block: Block, reshaped: boolean): NumericToken[] {
  if (!reshaped || !isHeading(block) || !block.numbers.length) return block.numbers;
  const first = block.numbers[0];
  return /^\d{1,3}[.)](\s|$)/.test(block.text) && block.text.startsWith(first.text) ? block.numbers.slice(1) : block.numbers;
}

function compareBlockNumbers(ctx: PairContext, source: Block[], target: Block[], s: NumericToken[], t: NumericToken[]): void {
  const usedT = new Set<number>();
  let restS: NumericToken[] = [];
  for (const a of s) {
    const j = t.findIndex((b, k) => !usedT.has(k) && b.key === a.key);
    if (j >= 0) usedT.add(j);
    else restS.push(a);
  }
  // A second reading of the target (French `1,500` read the English way) explains a mismatch.
  restS = restS.filter((a) => {
    const j = t.findIndex((b, k) => !usedT.has(k) && b.alternateKey === a.key);
    if (j < 0) return true;
    usedT.add(j);
    const b = t[j];
    if (b.alternateKey!.startsWith('n:') && ctx.target.lang === 'fr' && b.key.startsWith('n:') && !b.unit) {
      const suggestion = formatNumber(Number(a.key.slice(2)), 'fr');
      ctx.report('number-format', tokenAt(ctx, 'target', b), 'numberFrenchFormat', {
        number: b.text,
        value: formatNumber(Number(b.key.slice(2)), 'fr'),
        otherNumber: a.text,
        suggestion,
      }, tokenAt(ctx, 'source', a), fixData(b, suggestion, 'fixWrite'));
    }
    return false;
  });
  // A second reading of the source (`8.5m`: metres or millions) explains a mismatch too.
  restS = restS.filter((a) => {
    const j = a.alternateKey === undefined ? -1 : t.findIndex((b, k) => !usedT.has(k) && b.key === a.alternateKey);
    if (j >= 0) usedT.add(j);
    return j < 0;
  });
  // The same date in a layout that leaves the year out on one side (`le 2 décembre` / `December 2, 2019`).
  restS = restS.filter((a) => {
    const j = t.findIndex((b, k) => !usedT.has(k) && sameDate(a.key, b.key));
    if (j >= 0) usedT.add(j);
    return j < 0;
  });
  let restT = t.filter((_, k) => !usedT.has(k));
  if (!restS.length && !restT.length) return;
  // A value repeated on one side (`Web 2.1 (WCAG 2.1)`) is not a value the other side lacks.
  const keysS = new Set(s.map((a) => a.key));
  const keysT = new Set(t.flatMap((b) => (b.alternateKey ? [b.key, b.alternateKey] : [b.key])));
  restS = restS.filter((a) => !keysT.has(a.key));
  restT = restT.filter((b) => !keysS.has(b.key) && !(b.alternateKey && keysS.has(b.alternateKey)));
  // `de 1 à 3 niveaux` says what `up to 3 levels` implies.
  restS = restS.filter((a) => !a.rangeFloor);
  restT = restT.filter((b) => !b.rangeFloor);
  // Numbers spelled out on the other side (`three`, `une trentaine`) excuse a number written in digits.
  const spelledT = new SpelledNumbers(target.map((b) => b.text).join(' '), ctx.target.lang);
  const spelledS = new SpelledNumbers(source.map((b) => b.text).join(' '), ctx.source.lang);
  restS = restS.filter((a) => !(a.key.startsWith('n:') && spelledT.has(Number(a.key.slice(2)))));
  restT = restT.filter((b) => !(b.key.startsWith('n:') && spelledS.has(Number(b.key.slice(2)))) && !(b.alternateKey?.startsWith('n:') && spelledS.has(Number(b.alternateKey.slice(2)))));
  const changed = Math.min(restS.length, restT.length);
  for (let i = 0; i < changed; i++) {
    const value = renderNumericKey(restS[i].key, ctx.target.lang, restS[i].text);
    ctx.report('numbers', tokenAt(ctx, 'target', restT[i]), 'numberChanged', { number: asWritten(ctx.target, restT[i]), otherNumber: readerWay(ctx.source, restS[i]) }, tokenAt(ctx, 'source', restS[i]), fixData(restT[i], value, 'fixReplaceWith'));
  }
  for (const a of restS.slice(changed)) {
    ctx.report('numbers', blockStart(ctx.target, target), 'numberMissing', { number: readerWay(ctx.source, a) }, tokenAt(ctx, 'source', a));
  }
  for (const b of restT.slice(changed)) {
    ctx.report('numbers', tokenAt(ctx, 'target', b), 'numberExtra', { number: asWritten(ctx.target, b) }, blockStart(ctx.source, source));
  }
}

/** `%` or `$` written beside a number (`20%`, `20 %`, `$1,500`, `1 500 $`): kept in messages. */
function unitBeside(doc: ParsedDocument, token: NumericToken): '%' | '$' | undefined {
  const after = doc.text.slice(token.end, token.end + 2);
  if (/^[ \u00A0\u202F]?%/.test(after)) return '%';
  if (/^[ \u00A0\u202F]?\$/.test(after) || doc.text[token.start - 1] === '$') return '$';
  return undefined;
}

/** A number of this file exactly as it is written here, with its `%` or `$`. */
function asWritten(doc: ParsedDocument, token: NumericToken): string {
  const after = /^[ \u00A0\u202F]?[%$]/.exec(doc.text.slice(token.end, token.end + 2))?.[0] ?? '';
  const before = !after && doc.text[token.start - 1] === '$' ? '$' : '';
  return `${before}${token.text}${after}`;
}

/**
 * A number of the other file for a message in either language: written the reader's way
 * (« 150 000 » in French, not « 150,000 », which a French reader takes for 150), with its unit.
 */
function readerWay(doc: ParsedDocument, token: NumericToken): { en: string; fr: string } {
  const unit = unitBeside(doc, token);
  // Four digits or fewer written plainly (a year, a code, `1500`) are left as they are: `2027` is no `2,027`.
  const plain = /^\d{1,4}$/.test(token.text);
  const render = (lang: 'en' | 'fr') => withUnit(plain ? token.text : renderNumericKey(token.key, lang, token.text), unit, lang);
  return { en: render('en'), fr: render('fr') };
}

function withUnit(value: string, unit: '%' | '$' | undefined, lang: 'en' | 'fr'): string {
  if (!unit) return value;
  if (unit === '%') return lang === 'fr' ? `${value}\u00A0%` : `${value}%`;
  return lang === 'fr' ? `${value}\u00A0$` : `$${value}`;
}

function tokenAt(ctx: PairContext, side: 'source' | 'target', token: NumericToken): Located {
  return { doc: side === 'source' ? ctx.source : ctx.target, start: token.start, end: token.end };
}

/** A safe fix for a code action: replace the target token with `text`. */
function fixData(token: NumericToken, text: string, titleId: 'fixWrite' | 'fixReplaceWith'): ReportExtra {
  return { fix: { start: token.start, end: token.end, text, titleId, titleArgs: { value: text } } };
}

const messages = defineMessages({
  en: {
    numberMissing: '{number} ({lang} line {line}) is missing here.',
    numberExtra: '{number} is not in the {lang} text (line {line}).',
    numberChanged: '{number} here, but {otherNumber} in the {lang} file (line {line}).',
    numberFrenchFormat: '“{number}” reads as {value} in French, but the {lang} text has {otherNumber} (line {line}); write {suggestion}.',
  },
  fr: {
    numberMissing: '{number} (fichier {lang}, ligne {line}) manque ici.',
    numberExtra: '{number} ne figure pas dans le texte {lang} (ligne {line}).',
    numberChanged: '{number} ici, mais {otherNumber} dans le fichier {lang} (ligne {line}).',
    numberFrenchFormat: '«\u00A0{number}\u00A0» se lit {value} en français, mais le texte {lang} indique {otherNumber} (ligne {line}); écrivez {suggestion}.',
  },
});

export const numbersRule = defineRule({
  ids: [
    { id: 'numbers', severity: 'error', description: { en: 'Numbers, dates and amounts have the same values.', fr: 'Les nombres, dates et montants ont les mêmes valeurs.' }, docs: 'numbers, amounts, percentages, dates and times compared as values: `1,500` = `1 500` (any space, thin space too), `2.5%` = `2,5 %`, `$1,250,000` = `1 250 000 $`, `8.5 million` = `8,5 millions`, `400m` = `400 m`, `December 2nd, 2019` = `Dec/02/2019` = `2 décembre 2019` = `2019-12-02`, `une trentaine` ≈ `over 30`; numbering, addresses, attributes, template tags and footnote marks are not compared' },
    { id: 'number-format', severity: 'warning', description: { en: 'Numbers are written the way the language writes them.', fr: 'Les nombres sont écrits selon les conventions de la langue.' }, docs: 'a French number written the English way (`1,500` reads as 1.5 in French)' },
  ],
  messages,
  pair: checkNumbers,
});
