// Compiles the throw-away probe extension (test/fixtures/probe-extension) that proves the test
// host: the extension to out/extension.js and each integration test file to
// out/test/integration/*.js, the way the real suites are built (esbuild, CommonJS, `vscode`
// external). Usage: node scripts/build-probe.mjs
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const probe = join(root, 'test/fixtures/probe-extension');
const testsDir = join(probe, 'test/integration');

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: 'inline', external: ['vscode'], logLevel: 'warning' };
const t0 = Date.now();
await build({ ...common, entryPoints: [join(probe, 'src/extension.ts')], outfile: join(probe, 'out/extension.js') });
await build({
  ...common,
  entryPoints: readdirSync(testsDir).filter((f) => f.endsWith('.ts')).map((f) => join(testsDir, f)),
  outdir: join(probe, 'out/test/integration'),
});
console.log(`probe extension built in ${Date.now() - t0} ms -> ${join(probe, 'out')}`);
