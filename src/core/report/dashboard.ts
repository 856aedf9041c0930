import type { Finding, Severity } from '../findings';
import { dirnamePosix } from '../text/paths';

/** One pair of the workspace with what the check found in it. */
export interface DashboardPair {
  en: string;
  fr: string;
  /** The folder of the English file: a chapter of the site. */
  chapter: string;
  counts: Record<Severity, number>;
  /** French sections outdated since their review, English sections new since (to translate), sections left untranslated. */
  outdated: number;
  toTranslate: number;
  untranslated: number;
}

export interface Dashboard {
  pairs: DashboardPair[];
  unpaired: string[];
  /** Per chapter, in path order: its pairs and findings. */
  chapters: Array<{ chapter: string; pairs: number; findings: number }>;
  /** Per language, the share (0–1) of pairs whose file in that language is in step with the other. */
  progress: { en: number; fr: number };
}

/** Findings that say a file does not yet say what its counterpart says. */
const TRANSLATION_RULES = new Set(['sections', 'blocks', 'untranslated', 'stale']);
const TO_TRANSLATE = new Set(['staleNew', 'staleNewOpening']);

/** The workspace dashboard of a run (the editor's view and `--format html` draw it). Pure. */
export function buildDashboard(pairs: ReadonlyArray<{ en: string; fr: string }>, unpaired: readonly string[], findings: readonly Finding[]): Dashboard {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  const behind = { en: 0, fr: 0 };
  const rows = pairs.map((p): DashboardPair => {
    const own = [...(byFile.get(p.en) ?? []), ...(byFile.get(p.fr) ?? [])];
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of own) counts[f.severity]++;
    for (const lang of ['en', 'fr'] as const) if ((byFile.get(p[lang]) ?? []).some((f) => TRANSLATION_RULES.has(f.rule))) behind[lang]++;
    const stale = own.filter((f) => f.rule === 'stale');
    return {
      en: p.en,
      fr: p.fr,
      chapter: dirnamePosix(p.en) || '.',
      counts,
      toTranslate: stale.filter((f) => TO_TRANSLATE.has(f.messageId)).length,
      outdated: stale.filter((f) => f.messageId.startsWith('staleOutdated') || f.messageId === 'staleRenamed').length,
      untranslated: own.filter((f) => f.rule === 'untranslated').length,
    };
  });
  const chapters = new Map<string, { chapter: string; pairs: number; findings: number }>();
  for (const r of rows) {
    const c = chapters.get(r.chapter) ?? { chapter: r.chapter, pairs: 0, findings: 0 };
    c.pairs++;
    c.findings += r.counts.error + r.counts.warning + r.counts.info;
    chapters.set(r.chapter, c);
  }
  const share = (n: number) => (rows.length ? (rows.length - n) / rows.length : 1);
  return {
    pairs: rows,
    unpaired: [...unpaired],
    chapters: [...chapters.values()].sort((a, b) => (a.chapter < b.chapter ? -1 : a.chapter > b.chapter ? 1 : 0)),
    progress: { en: share(behind.en), fr: share(behind.fr) },
  };
}
