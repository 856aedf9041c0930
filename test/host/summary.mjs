// Readable end-of-run summary shared by the launchers (code-server and test-electron).
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Prints each test, the failures with their errors, counts, activation time and artefacts. */
export function printSummary({ report, problem, activation, extensionId, outDir, timings, exitCode, hostErrors = [], extensionRoot }) {
  const lines = [''];
  if (report) {
    for (const t of report.tests) {
      const mark = t.state === 'passed' ? '  ✓' : t.state === 'pending' ? '  -' : '  ✗';
      lines.push(`${mark} ${t.fullTitle}${t.durationMs !== undefined ? ` (${t.durationMs} ms)` : ''}`);
    }
    const failed = report.tests.filter((t) => t.state === 'failed');
    if (failed.length) {
      lines.push('', 'Failures:');
      failed.forEach((t, i) => {
        lines.push(`  ${i + 1}) ${t.fullTitle}`);
        lines.push(...(t.error?.message ?? '').split('\n').filter(Boolean).map((l) => `     ${l}`));
        if (t.error?.expected !== undefined) lines.push(`     expected: ${t.error.expected}`, `     actual:   ${t.error.actual}`);
        const frames = (t.error?.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 4);
        lines.push(...frames.map((l) => `     ${l.trim()}`));
      });
    }
    const s = report.stats;
    lines.push('', `${s.passes} passing, ${s.failures} failing, ${s.pending} pending (VS Code ${report.vscodeVersion ?? '?'}, suites ${s.durationMs} ms)`);
  }
  if (problem) lines.push(`PROBLEM: ${problem}`);
  if (activation?.activationMs !== undefined) {
    lines.push(`Activation of ${extensionId}: ${activation.activationMs} ms (code loading ${activation.codeLoadingMs} ms + activate() ${activation.activateMs} ms; ${activation.wallMs} ms wall clock in the host; event ${activation.activationEvent ?? '?'})`);
  } else {
    lines.push(`Activation of ${extensionId}: ${activation ? 'started (see logs), no duration recorded' : 'not activated'}`);
  }
  // Errors the extension host logged about this extension (others, e.g. built-ins failing
  // to reach a service offline, are only counted).
  const ours = hostErrors.filter((e) => e.text.includes(extensionId) || (extensionRoot && e.text.includes(extensionRoot)));
  if (hostErrors.length) lines.push(`Extension host log: ${hostErrors.length} error(s), ${ours.length} mentioning ${extensionId}`);
  for (const e of ours.slice(0, 5)) lines.push(...e.text.split('\n').slice(0, 6).map((l, i) => `${i ? '     ' : '  ! '}${l}`));
  const labels = { codeServerReadyMs: 'code-server ready', browserReadyMs: 'browser', workbenchLoadedMs: 'workbench loaded', testsDoneMs: 'tests done', totalMs: 'all closed' };
  const parts = Object.entries(labels).filter(([k]) => timings[k] !== undefined).map(([k, l]) => `${l} ${(timings[k] / 1000).toFixed(1)} s`);
  lines.push(`Timings (since start): ${parts.join(', ')}`);
  const present = ['results.json', 'activation.json', 'browser-console.log', 'code-server.log', 'logs', 'failure.png'].filter((f) => existsSync(join(outDir, f)));
  lines.push(`Artefacts in ${outDir}: ${present.join(', ')}`);
  lines.push(exitCode === 0 ? 'RESULT: PASS' : `RESULT: FAIL (exit ${exitCode})`);
  console.log(lines.join('\n'));
}

/**
 * Exit status of a run: 0 only if the report shows no failure and at least one passing test
 * (and the host's own exit code, when known, is 0); 1 if tests failed; 2 if the run broke.
 */
export function verdict({ report, problem, hostExitCode }) {
  if (!problem && !report) problem = 'no test report was written (see the logs)';
  else if (!problem && report.error) problem = `the suites did not run: ${report.error.split('\n')[0]}`;
  else if (!problem && report.stats.passes + report.stats.failures === 0) problem = 'no test ran';
  if (problem) return { exitCode: 2, problem };
  const failed = report.stats.failures > 0 || (hostExitCode !== undefined && hostExitCode !== 0);
  return { exitCode: failed ? 1 : 0, problem };
}
