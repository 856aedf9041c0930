import type { Section } from '../markdown/documentModel';
import { blockStart, type Located } from '../parity/pairContext';
import { defineMessages } from '../messages/catalog';
import { defineRule, type PairRuleContext } from '../rules/rule';
import type { Range } from '../text/position';
import { readReviewRecord } from './reviewRecord';
import { sectionEntries, type SectionEntry } from './sectionEntries';

type Ctx = PairRuleContext<'stale', keyof typeof messages.en>;

/**
 * French sections whose English counterpart changed since the French was reviewed against it
 * (the French front matter's `reviewedAgainst` record, written by `toolkit-check review` or the
 * editor's “Mark as reviewed”). Only the English is fingerprinted, so a French-only edit is never
 * outdated; a file without a record was never reviewed and is left alone.
 */
function checkStale(ctx: Ctx): void {
  const record = readReviewRecord(ctx.fr);
  if (record.kind === 'none') return;
  if (record.kind === 'invalid') {
    ctx.report('stale', at(ctx, record.range), 'staleRecordInvalid');
    return;
  }
  const entries = new Map<Section, SectionEntry>(sectionEntries(ctx.en).map((e) => [e.section, e]));
  const used = new Set<string>();
  let lastFr: Section | undefined;
  const steps = ctx.alignment.sections;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (step.fr) lastFr = step.fr;
    if (!step.en) continue;
    const entry = entries.get(step.en)!;
    const reviewed = record.entries.get(entry.key);
    if (reviewed !== undefined) used.add(entry.key);
    if (reviewed === entry.hash) continue;
    const heading = step.en.heading?.text ?? '';
    const english = sectionStart(ctx, 'en', step.en);
    const data = { reviewKey: entry.key };
    if (step.fr) {
      const messageId = reviewed === undefined ? 'staleRenamed' : step.en.heading ? 'staleOutdated' : 'staleOutdatedOpening';
      // The fingerprint reviewed lets the command line find that version in git and show the change.
      ctx.report('stale', sectionStart(ctx, 'fr', step.fr), messageId, { heading }, english, { data: reviewed === undefined ? data : { ...data, reviewedHash: reviewed } });
    } else if (reviewed === undefined) {
      // Added to the English since the review: where its translation would go.
      const next = steps.slice(i + 1).find((s) => s.fr)?.fr;
      const place = next ? sectionStart(ctx, 'fr', next) : lastFr ? endOf(ctx, lastFr) : { doc: ctx.fr, start: 0, end: 0 };
      ctx.report('stale', place, step.en.heading ? 'staleNew' : 'staleNewOpening', { heading }, english, { data });
    }
    // A reviewed section that the French has lost since is the `sections` rule's finding.
  }
  for (const key of record.entries.keys()) {
    if (!used.has(key)) ctx.report('stale', at(ctx, record.rangeOf(key)), 'staleRemoved', { key }, undefined, { data: { reviewKey: key } });
  }
}

function sectionStart(ctx: Ctx, side: 'en' | 'fr', section: Section): Located {
  const doc = side === 'en' ? ctx.en : ctx.fr;
  const first = section.heading ?? section.blocks[0];
  return first ? blockStart(doc, [first]) : { doc, start: 0, end: 0 };
}

function endOf(ctx: Ctx, section: Section): Located {
  const last = section.blocks[section.blocks.length - 1] ?? section.heading;
  return { doc: ctx.fr, start: last?.end ?? 0, end: last?.end ?? 0 };
}

function at(ctx: Ctx, range: Range): Located {
  return { doc: ctx.fr, start: ctx.fr.lines.offset(range.start), end: ctx.fr.lines.offset(range.end) };
}

const messages = defineMessages({
  en: {
    staleOutdated: 'Outdated: the English section “{heading}” (line {line}) has changed since this French section was reviewed against it.',
    staleOutdatedOpening: 'Outdated: the opening text of the English file (line {line}) has changed since this French text was reviewed against it.',
    staleRenamed: 'Outdated: the English section “{heading}” (line {line}) is not the one this French section was reviewed against (its heading changed, or it is new).',
    staleNew: 'New since the review, to translate: the English section “{heading}” (line {line}).',
    staleNewOpening: 'New since the review, to translate: the opening text of the English file (line {line}).',
    staleRemoved: 'The English section “{key}” that this file was reviewed against has been removed since; remove its translation if it is still here, then mark the file as reviewed.',
    staleRecordInvalid: 'The review record “reviewedAgainst” is not a table of English section keys to fingerprints; mark the file as reviewed again to rewrite it.',
    staleChangedIn: 'Changed since the review in commit {commit} ({date}): {diff}',
    staleChangedUncommitted: 'Changed since the review, not committed yet: {diff}',
  },
  fr: {
    staleOutdated: 'Traduction périmée\u00A0: la section anglaise «\u00A0{heading}\u00A0» (ligne {line}) a changé depuis la révision de cette section française.',
    staleOutdatedOpening: 'Traduction périmée\u00A0: le texte d’ouverture du fichier anglais (ligne {line}) a changé depuis la révision de ce texte français.',
    staleRenamed: 'Traduction périmée\u00A0: la section anglaise «\u00A0{heading}\u00A0» (ligne {line}) n’est pas celle d’après laquelle cette section française a été révisée (son titre a changé, ou elle est nouvelle).',
    staleNew: 'Nouvelle depuis la révision, à traduire\u00A0: la section anglaise «\u00A0{heading}\u00A0» (ligne {line}).',
    staleNewOpening: 'Nouveau depuis la révision, à traduire\u00A0: le texte d’ouverture du fichier anglais (ligne {line}).',
    staleRemoved: 'La section anglaise «\u00A0{key}\u00A0» d’après laquelle ce fichier a été révisé a été supprimée depuis; supprimez sa traduction si elle s’y trouve encore, puis marquez le fichier comme révisé.',
    staleRecordInvalid: 'Le registre de révision «\u00A0reviewedAgainst\u00A0» n’est pas une table de clés de sections anglaises et d’empreintes; marquez de nouveau le fichier comme révisé pour le réécrire.',
    staleChangedIn: 'Modifiée depuis la révision dans le commit {commit} ({date})\u00A0: {diff}',
    staleChangedUncommitted: 'Modifiée depuis la révision, pas encore validée dans git\u00A0: {diff}',
  },
});

export const staleRule = defineRule({
  ids: [
    {
      id: 'stale',
      severity: 'warning',
      description: { en: 'French sections whose English changed since they were reviewed', fr: 'Sections françaises dont l’anglais a changé depuis leur révision' },
      docs: 'A French section whose English counterpart changed since the French file (or that section) was marked reviewed (`toolkit-check review`, or “Mark as reviewed” in the editor; the record is `reviewedAgainst` in the French front matter), English sections added since (to translate) and removed since. Files never marked reviewed are left alone.',
    },
  ],
  messages,
  pair: checkStale,
});
