import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../core/findings';
import type { SourceFile } from '../core/project/checkProject';
import { decodeMarkdownBytes } from '../core/text/decode';
import { applyFixes, chooseFixes, type RuleFix } from '../core/fix/chooseFixes';

/** What one pass of `--fix` did to one file. */
export interface FileFixes {
  path: string;
  fixes: RuleFix[];
}

/**
 * Applies the safe fixes (rules marked `fixAll`) of `findings` to the files they are about and
 * writes them back: the bytes read for the check, a byte order mark and line ends kept as they
 * were (fixes never span a line). The files' bytes in `files` are replaced, so a second check
 * sees what was written. A file that cannot be written is left as it was and named in `failed`.
 */
export function writeFixes(findings: readonly Finding[], files: SourceFile[], root: string): { written: FileFixes[]; failed: Array<{ path: string; reason: string }> } {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) if (f.fix) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const written: FileFixes[] = [];
  const failed: Array<{ path: string; reason: string }> = [];
  for (const file of files) {
    const own = byFile.get(file.path);
    if (!own || !file.bytes) continue;
    const fixes = chooseFixes(own);
    const decoded = decodeMarkdownBytes(file.bytes);
    if (!fixes.length || !decoded.ok) continue;
    const text = applyFixes(decoded.text, fixes);
    if (text === decoded.text) continue;
    const bytes = new TextEncoder().encode((decoded.hadBom ? '\uFEFF' : '') + text);
    try {
      fs.writeFileSync(path.resolve(root, file.path), bytes);
    } catch (e) {
      failed.push({ path: file.path, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
      continue;
    }
    file.bytes = bytes;
    written.push({ path: file.path, fixes });
  }
  return { written, failed };
}
