import { resolveConfig } from '../../../src/core/config/loadConfig';
import type { ToolkitConfigFile } from '../../../src/core/config/configTypes';
import { checkProject, type ProjectOptions, type ProjectResult } from '../../../src/core/project/checkProject';
import type { Finding } from '../../../src/core/findings';
import { formatMessage } from '../../../src/core/messages/format';

/** Runs the engine over in-memory files (path → text), as the CLI and the extension do. */
export function checkTexts(files: Record<string, string | Uint8Array>, config: ToolkitConfigFile = {}, options: ProjectOptions = {}): Promise<ProjectResult> {
  const { resolved } = resolveConfig(config, '/project', undefined, () => {
    throw new Error('no pairs file in memory');
  });
  return checkProject(
    Object.entries(files).map(([path, content]) => (typeof content === 'string' ? { path, text: content } : { path, bytes: content })),
    resolved,
    options,
  );
}

/** Findings of one English/French pair (`doc.en.md` / `doc.fr.md`). */
export async function checkPairTexts(en: string, fr: string, config: ToolkitConfigFile = {}, options: ProjectOptions = {}): Promise<Finding[]> {
  return (await checkTexts({ 'doc.en.md': en, 'doc.fr.md': fr }, config, options)).findings;
}

export function ofRule(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** Findings as `rule line: message` lines, for readable assertions and failure output. */
export function describe(findings: Finding[], lang: 'en' | 'fr' = 'en'): string[] {
  return findings.map((f) => `${f.rule} ${f.file}:${f.range.start.line + 1}: ${formatMessage(f.messageId, f.args, lang)}`);
}
