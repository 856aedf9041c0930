#!/usr/bin/env node
// Runs the "one engine" integration suite (the editor's findings equal the command line's) with
// each real corpus beside the project (../shared/corpora/*) as the workspace. A checkout without
// the corpora has nothing to compare: it says so and passes.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runIntegration } from './runIntegration.mjs';

const corpora = resolve(import.meta.dirname, '../../../shared/corpora');
const folders = existsSync(corpora) ? readdirSync(corpora).filter((n) => statSync(join(corpora, n)).isDirectory()).sort() : [];
if (!folders.length) {
  console.log(`[corpora] no corpus in ${corpora}: nothing to compare`);
  process.exit(0);
}
let failed = 0;
for (const name of folders) {
  const { exitCode } = await runIntegration({
    extension: '.',
    workspace: join(corpora, name),
    tests: resolve('out/test/integration/index.js'),
    out: `test-results/integration-corpora/${name}`,
    grep: 'one engine',
    timeoutMs: 600_000,
  });
  console.log(`[corpora] ${name}: ${exitCode === 0 ? 'same findings in the editor and the command line' : `FAILED (exit ${exitCode})`}`);
  if (exitCode !== 0) failed = exitCode;
}
process.exit(failed);
