import type { ParsedDocument, Section } from '../../markdown/documentModel';
import { blockStart, type PairContext, type Located } from '../pairContext';
import type { SectionStep } from '../../align/alignDocuments';

interface OrientedStep {
  source?: Section;
  target?: Section;
}

/**
 * Sections missing on either side, one finding per missing section (its missing subsections
 * are folded in), and headings whose levels differ.
 */
export function checkSections(ctx: PairContext): void {
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
