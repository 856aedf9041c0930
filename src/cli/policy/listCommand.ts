import type { ClauseCatalogue } from '../../core/clauses/clauseCatalogue';
import { categoryName, sortCategories } from '../../core/clauses/clauseCategories';
import type { Lang } from '../../core/messages/catalog';
import { formatMessage } from '../cliFormat';
import type { CliIo } from '../main';
import { terminalSafe } from '../terminalText';

/** `toolkit-policy list`: the profiles, then the clauses by category, titles in the chosen language. */
export function runList(catalogue: ClauseCatalogue, io: CliIo, lang: Lang): number {
  const lines: string[] = [formatMessage('policy.listProfiles', undefined, lang)];
  const profiles = catalogue.profiles.profiles;
  const idWidth = Math.max(0, ...profiles.map((p) => p.id.length));
  for (const p of profiles) {
    lines.push(`  ${p.id.padEnd(idWidth)}  ${p.title[lang]} (${formatMessage('policy.profileSize', { count: p.clauses.length }, lang)})`);
  }
  const clauses = catalogue.library.clauses;
  lines.push('', formatMessage('policy.listClauses', { count: clauses.length }, lang));
  const width = Math.max(0, ...clauses.map((c) => `${c.id}@${c.version}`.length));
  const categories = sortCategories(clauses.map((c) => c.category));
  for (const category of categories) {
    lines.push(`  ${categoryName(category, lang)}`);
    for (const c of clauses.filter((x) => x.category === category)) lines.push(`    ${`${c.id}@${c.version}`.padEnd(width)}  ${c.title[lang]}`);
  }
  // Titles come from the organisation's clause files, that is from the repository: printed escaped.
  io.stdout(lines.map(terminalSafe).join('\n') + '\n');
  return 0;
}
