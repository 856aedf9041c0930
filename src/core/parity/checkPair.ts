import type { Finding } from '../findings';
import type { ParsedDocument } from '../markdown/documentModel';
import { alignDocuments } from '../align/alignDocuments';
import { PairContext, type CheckOptions } from './pairContext';
import { checkFrontMatter } from './rules/frontMatterRule';
import { checkSections } from './rules/sectionsRule';
import { checkBlocks } from './rules/blocksRule';
import { checkLinks } from './rules/linksRule';
import { checkImages } from './rules/imagesRule';
import { checkNumbers } from './rules/numbersRule';
import { checkPlaceholders } from './rules/placeholdersRule';
import { checkIdenticalText } from './rules/untranslatedRule';

export type { CheckOptions } from './pairContext';

/**
 * Compares an English document with its French counterpart and returns every parity finding,
 * each placed in the file where the fix belongs and pointing at the counterpart.
 */
export function checkPair(en: ParsedDocument, fr: ParsedDocument, options: CheckOptions): Finding[] {
  const alignment = alignDocuments(en, fr, options.hostPairs);
  const ctx = new PairContext(en, fr, alignment, options);
  if (reportEmptyTarget(ctx)) return ctx.findings;
  checkFrontMatter(ctx);
  checkSections(ctx);
  checkBlocks(ctx);
  checkLinks(ctx);
  checkImages(ctx);
  checkNumbers(ctx);
  checkPlaceholders(ctx);
  checkIdenticalText(ctx);
  return ctx.findings;
}

/** An empty translation is one finding, not one per section of the original. */
function reportEmptyTarget(ctx: PairContext): boolean {
  const isEmpty = (d: ParsedDocument) => d.blocks.length === 0;
  if (!isEmpty(ctx.target) || isEmpty(ctx.source)) return false;
  ctx.report('sections', { doc: ctx.target, start: 0, end: 0 }, 'fileEmpty', {}, { doc: ctx.source, start: 0, end: 0 });
  return true;
}
