import * as path from 'node:path';
import type { ClauseCatalogue } from '../../core/clauses/clauseCatalogue';
import type { ResolvedConfig } from '../../core/config/configTypes';
import type { Finding } from '../../core/findings';
import { checkProject } from '../../core/project/checkProject';

/**
 * The errors toolkit-check would report on the pair about to be written, with the folder's own
 * configuration: answers with markup or a link in one language only make a pair that does not
 * match, and the tool that wrote it must say so rather than exit 0.
 */
export async function selfCheck(files: ReadonlyArray<{ file: string; text: string }>, config: ResolvedConfig, catalogue: ClauseCatalogue): Promise<Finding[]> {
  const relative = (abs: string) => path.relative(config.root, abs).split(path.sep).join('/');
  const sources = files.map((f) => ({ path: relative(f.file), text: f.text }));
  const result = await checkProject(sources, config, { clauses: () => catalogue });
  // Only the pair's own errors: problems of the clause library were reported already.
  const ours = new Set(sources.map((s) => s.path));
  return result.findings.filter((f) => f.severity === 'error' && ours.has(f.file));
}
