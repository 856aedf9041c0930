import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../core/findings';
import { buildDocument } from '../core/markdown/buildDocument';
import { sectionVersion, sectionWordDiff } from '../core/review/sectionChange';

const MAX_COMMITS = 50;

/**
 * Where the workspace is a git repository, tells for each outdated section in which commit and
 * when its English changed since the review, with the change as a word diff (a related location
 * of the finding). Reads git's objects only (`rev-list`, `cat-file`: no hook, filter or external
 * diff runs); without git, or when the reviewed version is not in the history, findings stay as
 * they are.
 */
export function addStaleHistory(findings: Finding[], root: string): void {
  const outdated = findings.filter((f) => f.rule === 'stale' && typeof f.data?.reviewedHash === 'string' && f.related?.length);
  if (!outdated.length) return;
  const git = (...args: string[]) => execFileSync('git', ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  try {
    git('rev-parse', '--is-inside-work-tree');
  } catch {
    return;
  }
  const histories = new Map<string, Array<{ commit: string; date: string; text?: string }>>();
  const historyOf = (file: string) => {
    let history = histories.get(file);
    if (!history) {
      try {
        history = git('log', `--max-count=${MAX_COMMITS}`, '--format=%H %cs', 'HEAD', '--', file)
          .split('\n')
          .filter(Boolean)
          .map((line) => ({ commit: line.slice(0, line.indexOf(' ')), date: line.slice(line.indexOf(' ') + 1) }));
      } catch {
        history = [];
      }
      histories.set(file, history);
    }
    return history;
  };
  const textAt = (entry: { commit: string; text?: string }, file: string) => {
    try {
      entry.text ??= git('cat-file', 'blob', `${entry.commit}:./${file}`);
    } catch {
      entry.text = '';
    }
    return entry.text;
  };
  for (const finding of outdated) {
    const related = finding.related![0];
    const key = String(finding.data!.reviewKey);
    const history = historyOf(related.file);
    const version = (text: string) => sectionVersion(buildDocument(related.file, text, 'en'), key);
    // The newest commit whose section is the one reviewed; the change is the first commit after it.
    const reviewedAt = history.findIndex((h) => version(textAt(h, related.file))?.hash === finding.data!.reviewedHash);
    if (reviewedAt < 0) continue;
    let current: ReturnType<typeof version>;
    try {
      current = version(fs.readFileSync(path.join(root, related.file), 'utf8').replace(/^\uFEFF/, ''));
    } catch {
      continue;
    }
    const reviewed = version(history[reviewedAt].text!)!;
    if (!current) continue;
    const diff = sectionWordDiff(reviewed.text, current.text);
    let changed: (typeof history)[number] | undefined;
    for (let j = reviewedAt - 1; j >= 0 && !changed; j--) if (version(textAt(history[j], related.file))?.hash !== finding.data!.reviewedHash) changed = history[j];
    finding.related!.push(changed
      ? { file: related.file, range: related.range, messageId: 'staleChangedIn', args: { commit: changed.commit.slice(0, 10), date: changed.date, diff } }
      : { file: related.file, range: related.range, messageId: 'staleChangedUncommitted', args: { diff } });
  }
}
