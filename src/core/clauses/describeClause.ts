import type { Clause, Lang } from './clauseTypes';
import type { SourceRegistry } from './clauseSources';

const LABELS = {
  en: { version: 'Version', sources: 'Sources', guidance: 'Guidance', alternatives: 'Alternatives' },
  fr: { version: 'Version', sources: 'Sources', guidance: 'Conseils', alternatives: 'Variantes' },
} as const;

/**
 * Markdown describing a clause in the reader's language, for hovers and pickers: title,
 * version, the sources by name (linked when the registry has an address), guidance and
 * alternatives. French labels take a no-break space before the colon.
 */
export function describeClause(clause: Clause, lang: Lang, registry?: SourceRegistry, titleOf?: (id: string) => string | undefined): string {
  const l = LABELS[lang];
  const colon = lang === 'fr' ? '\u00A0:' : ':';
  const byId = new Map((registry?.sources ?? []).map((s) => [s.id, s]));
  const sources = clause.sources.map((id) => {
    const s = byId.get(id);
    if (!s) return `- \`${id}\``;
    const url = typeof s.url === 'string' ? s.url : s.url?.[lang];
    const title = s.title[lang];
    return url ? `- [${title}](${url}) (\`${id}\`)` : `- ${title} (\`${id}\`)`;
  });
  const parts = [`**${clause.title[lang]}** — ${l.version} ${clause.version}`, `${l.sources}${colon}\n\n${sources.join('\n')}`];
  if (clause.guidance) parts.push(`${l.guidance}${colon} ${clause.guidance[lang]}`);
  if (clause.alternatives.length > 0) {
    const names = clause.alternatives.map((id) => (titleOf?.(id) ? `${titleOf(id)} (\`${id}\`)` : `\`${id}\``));
    parts.push(`${l.alternatives}${colon} ${names.join(', ')}`);
  }
  return parts.join('\n\n');
}
