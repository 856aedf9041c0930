/** Why an XLIFF file is refused, or what an import warns about; xliffMessages.ts words each id in both languages. */
export interface XliffProblem {
  messageId: XliffMessageId;
  args?: Record<string, string | number>;
}

export const XLIFF_MESSAGE_IDS = [
  'xliffNotXml',
  'xliffNotXliff',
  'xliffVersion',
  'xliffFileCount',
  'xliffNoOriginal',
  'xliffSegments',
  'xliffPartlyTranslated',
  'xliffUnknownCode',
  'xliffUnexpectedElement',
  'xliffLanguages',
  'xliffUnitsMismatch',
  'xliffCodesMissing',
  'xliffCodesExtra',
  'xliffCodesReordered',
  'xliffOverlap',
  'xliff12Unwritable',
] as const;
export type XliffMessageId = (typeof XLIFF_MESSAGE_IDS)[number];
