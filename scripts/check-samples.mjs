// The main job on the bundled sample workspace: run toolkit-check on samples/ and explain the result.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const extra = process.argv.slice(2);
const run = spawnSync(process.execPath, [join(root, 'bin/toolkit-check.js'), 'samples', ...extra], { cwd: root, stdio: 'inherit' });
if (run.status === 1) {
  console.log('\nExit code 1 means parity errors were found: the samples contain deliberate problems to show.');
  process.exit(0);
}
process.exit(run.status ?? 2);
