import type { Lang } from '../../lang';
import { formatMessage } from '../../messages/format';
import type { FileChecklists } from './runChecklists';

export interface ReportItem {
  id: string;
  label: string;
  help?: string;
  kind: 'automatic' | 'manual';
  required: boolean;
  state: 'ticked' | 'unticked' | 'manual';
  reason: string;
  sources: string[];
  /** 1-based line of the place that satisfies the item (or first fails it). */
  line?: number;
}

export interface ReportList {
  id: string;
  title: string;
  ticked: number;
  total: number;
  missingRequired: string[];
  sections: Array<{ title: string; items: ReportItem[] }>;
}

export interface ReportFile {
  file: string;
  lang: Lang;
  counterpart: string | null;
  checklists: ReportList[];
  problems: string[];
}

export interface ChecklistReport {
  version: 1;
  lang: Lang;
  files: ReportFile[];
  /** Problems of the checklist files themselves. */
  errors: Array<{ file?: string; line?: number; column?: number; message: string }>;
  missingRequired: number;
}

/** The run's states in the reader's language, ready for every format (the JSON format prints it as is). */
export function buildReport(files: readonly FileChecklists[], lang: Lang, mapPath: (p: string) => string, errors: ChecklistReport['errors']): ChecklistReport {
  const out: ReportFile[] = files.map((f) => ({
    file: mapPath(f.file),
    lang: f.lang,
    counterpart: f.counterpart === null ? null : mapPath(f.counterpart),
    checklists: f.results.map((r) => ({
      id: r.list.id,
      title: r.list.title[lang],
      ticked: r.ticked,
      total: r.total,
      missingRequired: r.missingRequired.map((m) => m.item.id),
      sections: r.sections.map((s) => ({
        title: s.section.title[lang],
        items: s.items.map((i) => ({
          id: i.item.id,
          label: i.item.label[lang],
          ...(i.item.help ? { help: i.item.help[lang] } : {}),
          kind: i.item.kind,
          required: i.item.required === true,
          state: i.state,
          reason: formatMessage(i.reason.messageId, i.reason.args, lang),
          sources: i.item.sources ?? [],
          ...(i.at ? { line: i.at.start.line + 1 } : {}),
        })),
      })),
    })),
    problems: f.unknownLists.map((p) => formatMessage(p.messageId, p.args, lang)),
  }));
  const missingRequired = out.reduce((n, f) => n + f.checklists.reduce((m, l) => m + l.missingRequired.length, 0), 0);
  return { version: 1, lang, files: out, errors, missingRequired };
}
