import type { Block, ParsedDocument, Section } from '../../markdown/documentModel';
import { blockStart, kindName, type Located } from '../pairContext';
import type { SectionStep } from '../../align/alignDocuments';
import { defineMessages } from '../../messages/catalog';
import { defineRule, type PairRuleContext, type ReportExtra } from '../../rules/rule';
import { TO_TRANSLATE } from '../../skeleton/counterpartSkeleton';

type Ctx = PairRuleContext<'sections' | 'heading-levels', keyof typeof messages.en>;

interface OrientedStep {
  source?: Section;
  target?: Section;
  loose?: SectionStep['loose'];
}

/**
 * Sections missing on either side, one finding per missing section (its missing subsections
 * are folded in), headings whose levels differ, and headings whose text is there on the other
 * side without them (dropped, or written as a plain line, a list, a block quote): one finding
 * each, the blocks of their text being compared as blocks.
 */
function checkSections(ctx: Ctx): void {
  const enIsSource = ctx.source === ctx.en;
  const steps: OrientedStep[] = ctx.alignment.sections.map((s: SectionStep) => (enIsSource ? { source: s.en, target: s.fr, loose: s.loose } : { source: s.fr, target: s.en, loose: s.loose }));
  let lastTarget: Section | undefined;
  let lastSource: Section | undefined;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (step.source && step.target) {
      lastTarget = step.target;
      lastSource = step.source;
      const a = step.source.heading;
      const b = step.target.heading;
      if (a && b && a.depth !== b.depth) {
        ctx.report('heading-levels', blockStart(ctx.target, [b]), 'headingLevel', { level: b.depth!, otherLevel: a.depth! }, blockStart(ctx.source, [a]));
      }
      continue;
    }
    if (step.loose) {
      // Several headings written inside one block of the other side are one finding.
      let more = 0;
      while (step.loose.as && i + 1 < steps.length && steps[i + 1].loose?.as?.[0] === step.loose.as[0] && !!steps[i + 1].source === !!step.source) {
        more++;
        i++;
      }
      reportLoose(ctx, step, more);
      continue;
    }
    if (step.target?.heading) {
      const near = lastSource?.heading ?? lastSource?.blocks[0];
      ctx.report('sections', blockStart(ctx.target, [step.target.heading]), 'sectionExtra', { heading: step.target.heading.text }, near ? { ...blockStart(ctx.source, [near]), relatedMessageId: 'nearestHere' } : undefined);
      continue;
    }
    const missing = step.source;
    if (!missing?.heading) continue; // an untitled opening: its blocks are compared as blocks
    // Fold the subsections that are missing too into this one finding.
    let subsections = 0;
    while (i + 1 < steps.length && steps[i + 1].source?.heading && !steps[i + 1].target && !steps[i + 1].loose && steps[i + 1].source!.heading!.depth! > missing.heading.depth!) {
      subsections++;
      i++;
    }
    const next = steps.slice(i + 1).find((s) => s.source && s.target)?.target;
    const at = insertionPoint(ctx.target, lastTarget, next);
    const args = { heading: missing.heading.text };
    const counterpart: Located = blockStart(ctx.source, [missing.heading]);
    const fix = skeletonFix(ctx.target, missing.heading, at, next?.heading !== undefined);
    if (lastTarget?.heading && subsections > 0) ctx.report('sections', at, 'sectionMissingSubsections', { ...args, count: subsections, previous: lastTarget.heading.text }, counterpart, fix);
    else if (lastTarget?.heading) ctx.report('sections', at, 'sectionMissingAfter', { ...args, previous: lastTarget.heading.text }, counterpart, fix);
    else if (next?.heading) ctx.report('sections', at, 'sectionMissingAtStart', { ...args, next: next.heading.text }, counterpart, fix);
    else ctx.report('sections', at, 'sectionMissingAtEnd', args, counterpart, fix);
  }
}

/** A heading on one side only whose text the other side has, with or without another form. */
function reportLoose(ctx: Ctx, step: OrientedStep, more: number): void {
  const { as, at } = step.loose!;
  if (step.source?.heading) {
    const heading = step.source.heading;
    if (as && more) ctx.report('heading-levels', blockStart(ctx.target, as), 'headingsInBlock', { heading: heading.text, count: more + 1, kind: kindName(as[0].kind) }, blockStart(ctx.source, [heading]));
    else if (as) ctx.report('heading-levels', blockStart(ctx.target, as), 'headingAsBlock', { heading: heading.text, kind: kindName(as[0].kind) }, blockStart(ctx.source, [heading]));
    else if (at) ctx.report('sections', blockStart(ctx.target, [at]), 'headingMissing', { heading: heading.text }, blockStart(ctx.source, [heading]));
    return;
  }
  const heading = step.target?.heading;
  if (!heading) return;
  if (as) ctx.report('heading-levels', blockStart(ctx.target, [heading]), 'headingExtraAsBlock', { kind: kindName(as[0].kind) }, blockStart(ctx.source, as));
  else if (at) ctx.report('sections', blockStart(ctx.target, [heading]), 'headingExtra', { heading: heading.text }, blockStart(ctx.source, [at]));
}

/**
 * The skeleton of a missing section, as “Create counterpart” writes one: its heading in the
 * other language's words behind a to-translate marker, and a marker where its text goes.
 */
function skeletonFix(doc: ParsedDocument, heading: Block, at: Located, beforeHeading: boolean): ReportExtra {
  const marker = `<!-- ${TO_TRANSLATE[doc.lang]} -->`;
  const section = `${'#'.repeat(heading.depth ?? 2)} ${heading.text} ${marker}\n\n${marker}`;
  const text = beforeHeading ? `${section}\n\n` : at.start === 0 ? `${section}\n` : `\n\n${section}`;
  return { fix: { start: at.start, end: at.start, text, titleId: 'fixInsertSection', titleArgs: { heading: heading.text } } };
}

/** Where a missing section would go: the heading that should follow it, or the end of the one before. */
function insertionPoint(doc: ParsedDocument, previous: Section | undefined, next: Section | undefined): Located {
  if (next?.heading) return blockStart(doc, [next.heading]);
  const lastBlock = previous ? (previous.blocks[previous.blocks.length - 1] ?? previous.heading) : undefined;
  if (lastBlock) return { doc, start: lastBlock.end, end: lastBlock.end };
  return { doc, start: 0, end: 0 };
}

const messages = defineMessages({
  en: {
    sectionMissingAfter: 'Section “{heading}” of the {lang} file (line {line}) is missing here; it belongs after “{previous}”.',
    fixInsertSection: 'Insert the section “{heading}”, to translate',
    sectionMissingAtStart: 'Section “{heading}” of the {lang} file (line {line}) is missing here; it belongs before “{next}”.',
    sectionMissingAtEnd: 'Section “{heading}” of the {lang} file (line {line}) is missing here; it belongs at the end.',
    sectionMissingSubsections: 'Section “{heading}” of the {lang} file (line {line}), with its {count, plural, one {# subsection} other {# subsections}}, is missing here; it belongs after “{previous}”.',
    sectionExtra: 'Section “{heading}” has no counterpart in the {lang} file.',
    headingLevel: 'Heading level {level} here, but {otherLevel} in the {lang} file (line {line}).',
    headingAsBlock: 'Heading “{heading}” of the {lang} file (line {line}) is a {kind} here, not a heading.',
    headingsInBlock: 'The {count} headings of the {lang} file from “{heading}” (line {line}) on are plain text in this {kind}, not headings.',
    headingExtraAsBlock: 'This heading is a {kind} in the {lang} file (line {line}), not a heading.',
    headingMissing: 'Heading “{heading}” of the {lang} file (line {line}) is missing before this text.',
    headingExtra: 'Heading “{heading}” has no counterpart in the {lang} file, where the text that follows it has no heading (line {line}).',
    fileEmpty: 'This file is empty while its {lang} counterpart is not: nothing has been translated yet.',
  },
  fr: {
    sectionMissingAfter: 'La section «\u00A0{heading}\u00A0» du fichier {lang} (ligne {line}) manque ici; elle se place après «\u00A0{previous}\u00A0».',
    sectionMissingAtStart: 'La section «\u00A0{heading}\u00A0» du fichier {lang} (ligne {line}) manque ici; elle se place avant «\u00A0{next}\u00A0».',
    sectionMissingAtEnd: 'La section «\u00A0{heading}\u00A0» du fichier {lang} (ligne {line}) manque ici; elle se place à la fin.',
    fixInsertSection: 'Insérer la section «\u00A0{heading}\u00A0», à traduire',
    sectionMissingSubsections: 'La section «\u00A0{heading}\u00A0» du fichier {lang} (ligne {line}) et {count, plural, one {sa sous-section manquent ici} other {ses #\u00A0sous-sections manquent ici}}; elles se placent après «\u00A0{previous}\u00A0».',
    sectionExtra: 'La section «\u00A0{heading}\u00A0» n’a pas de pendant dans le fichier {lang}.',
    headingLevel: 'Titre de niveau {level} ici, mais de niveau {otherLevel} dans le fichier {lang} (ligne {line}).',
    headingAsBlock: 'Le titre «\u00A0{heading}\u00A0» du fichier {lang} (ligne {line}) est ici un élément «\u00A0{kind}\u00A0», pas un titre.',
    headingsInBlock: 'Les {count}\u00A0titres du fichier {lang} à partir de «\u00A0{heading}\u00A0» (ligne {line}) sont du texte ordinaire dans cet élément «\u00A0{kind}\u00A0», et non des titres.',
    headingExtraAsBlock: 'Ce titre est un élément «\u00A0{kind}\u00A0» dans le fichier {lang} (ligne {line}), pas un titre.',
    headingMissing: 'Le titre «\u00A0{heading}\u00A0» du fichier {lang} (ligne {line}) manque avant ce texte.',
    headingExtra: 'Le titre «\u00A0{heading}\u00A0» n’a pas de pendant dans le fichier {lang}, où le texte qui le suit n’a pas de titre (ligne {line}).',
    fileEmpty: 'Ce fichier est vide alors que son pendant {lang} ne l’est pas\u00A0: rien n’a encore été traduit.',
  },
});

export const sectionsRule = defineRule({
  ids: [
    { id: 'sections', severity: 'error', description: { en: 'Every section has its counterpart.', fr: 'Chaque section a sa correspondante.' }, docs: 'a section missing (named, with where it belongs; missing subsections folded in) or extra; a heading dropped while its text is there (one finding, its paragraphs not reported again)' },
    { id: 'heading-levels', severity: 'warning', description: { en: 'Matching headings have the same level.', fr: 'Les titres correspondants ont le même niveau.' }, docs: 'matching headings at different levels; a heading written as a plain line, a list or a block quote on the other side' },
  ],
  messages,
  pair: checkSections,
});

/** An empty translation is one finding, not one per section of the original; the other pair rules are then skipped. */
export function reportEmptyTarget(ctx: Ctx): boolean {
  const isEmpty = (d: ParsedDocument) => d.blocks.length === 0;
  if (!isEmpty(ctx.target) || isEmpty(ctx.source)) return false;
  ctx.report('sections', { doc: ctx.target, start: 0, end: 0 }, 'fileEmpty', {}, { doc: ctx.source, start: 0, end: 0 });
  return true;
}
