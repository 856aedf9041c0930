import type { ParsedDocument, Section } from '../../markdown/documentModel';
import { blockStart, type Located } from '../pairContext';
import type { SectionStep } from '../../align/alignDocuments';
import { defineMessages } from '../../messages/catalog';
import { defineRule, type PairRuleContext } from '../../rules/rule';

type Ctx = PairRuleContext<'sections' | 'heading-levels', keyof typeof messages.en>;

interface OrientedStep {
  source?: Section;
  target?: Section;
}

/**
 * Sections missing on either side, one finding per missing section (its missing subsections
 * are folded in), and headings whose levels differ.
 */
function checkSections(ctx: Ctx): void {
  const enIsSource = ctx.source === ctx.en;
  const steps: OrientedStep[] = ctx.alignment.sections.map((s: SectionStep) => (enIsSource ? { source: s.en, target: s.fr } : { source: s.fr, target: s.en }));
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
    if (step.target?.heading) {
      const near = lastSource?.heading ?? lastSource?.blocks[0];
      ctx.report('sections', blockStart(ctx.target, [step.target.heading]), 'sectionExtra', { heading: step.target.heading.text }, near ? { ...blockStart(ctx.source, [near]), relatedMessageId: 'nearestHere' } : undefined);
      continue;
    }
    const missing = step.source;
    if (!missing?.heading) continue; // an untitled opening: its blocks are compared as blocks
    // Fold the subsections that are missing too into this one finding.
    let subsections = 0;
    while (i + 1 < steps.length && steps[i + 1].source?.heading && !steps[i + 1].target && steps[i + 1].source!.heading!.depth! > missing.heading.depth!) {
      subsections++;
      i++;
    }
    const next = steps.slice(i + 1).find((s) => s.source && s.target)?.target;
    const at = insertionPoint(ctx.target, lastTarget, next);
    const args = { heading: missing.heading.text };
    const counterpart: Located = blockStart(ctx.source, [missing.heading]);
    if (lastTarget?.heading && subsections > 0) ctx.report('sections', at, 'sectionMissingSubsections', { ...args, count: subsections, previous: lastTarget.heading.text }, counterpart);
    else if (lastTarget?.heading) ctx.report('sections', at, 'sectionMissingAfter', { ...args, previous: lastTarget.heading.text }, counterpart);
    else if (next?.heading) ctx.report('sections', at, 'sectionMissingAtStart', { ...args, next: next.heading.text }, counterpart);
    else ctx.report('sections', at, 'sectionMissingAtEnd', args, counterpart);
  }
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
    sectionMissingAtStart: 'Section “{heading}” of the {lang} file (line {line}) is missing here; it belongs before “{next}”.',
    sectionMissingAtEnd: 'Section “{heading}” of the {lang} file (line {line}) is missing here; it belongs at the end.',
    sectionMissingSubsections: 'Section “{heading}” of the {lang} file (line {line}), with its {count} subsections, is missing here; it belongs after “{previous}”.',
    sectionExtra: 'Section “{heading}” has no counterpart in the {lang} file.',
    headingLevel: 'Heading level {level} here, but {otherLevel} in the {lang} file (line {line}).',
    fileEmpty: 'This file is empty while its {lang} counterpart is not: nothing has been translated yet.',
  },
  fr: {
    sectionMissingAfter: 'La section «\u00A0{heading}\u00A0» du fichier {lang} (ligne {line}) manque ici; elle se place après «\u00A0{previous}\u00A0».',
    sectionMissingAtStart: 'La section «\u00A0{heading}\u00A0» du fichier {lang} (ligne {line}) manque ici; elle se place avant «\u00A0{next}\u00A0».',
    sectionMissingAtEnd: 'La section «\u00A0{heading}\u00A0» du fichier {lang} (ligne {line}) manque ici; elle se place à la fin.',
    sectionMissingSubsections: 'La section «\u00A0{heading}\u00A0» du fichier {lang} (ligne {line}) et ses {count}\u00A0sous-sections manquent ici; elles se placent après «\u00A0{previous}\u00A0».',
    sectionExtra: 'La section «\u00A0{heading}\u00A0» n’a pas de pendant dans le fichier {lang}.',
    headingLevel: 'Titre de niveau {level} ici, mais de niveau {otherLevel} dans le fichier {lang} (ligne {line}).',
    fileEmpty: 'Ce fichier est vide alors que son pendant {lang} ne l’est pas\u00A0: rien n’a encore été traduit.',
  },
});

export const sectionsRule = defineRule({
  ids: [
    { id: 'sections', severity: 'error', description: { en: 'Every section has its counterpart.', fr: 'Chaque section a sa correspondante.' }, docs: 'a section missing (named, with where it belongs; missing subsections folded in) or extra' },
    { id: 'heading-levels', severity: 'warning', description: { en: 'Matching headings have the same level.', fr: 'Les titres correspondants ont le même niveau.' }, docs: 'matching headings at different levels' },
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
