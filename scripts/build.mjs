// Bundles the command line (and, as they exist, the extension and its integration tests) with esbuild.
import * as esbuild from 'esbuild';
import { readFileSync, existsSync, readdirSync, mkdirSync, copyFileSync } from 'node:fs';
import { writeBinaryTrie } from './binaryTrie.mjs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const production = process.argv.includes('--production');

// The configuration schema's validator as Ajv standalone code, in place of src/core/config/precompiledValidator.ts:
// the same schema and options as loadConfig's fallback, compiled once here instead of on every run.
const precompiledValidator = {
  name: 'precompiled-config-validator',
  setup(build) {
    build.onResolve({ filter: /[\\/]precompiledValidator$/ }, (args) => ({ path: join(args.resolveDir, 'precompiledValidator.ts'), namespace: 'precompiled-validator' }));
    build.onLoad({ filter: /.*/, namespace: 'precompiled-validator' }, () => {
      const require = createRequire(import.meta.url);
      const Ajv = require('ajv').default;
      const standaloneCode = require('ajv/dist/standalone').default;
      const schema = JSON.parse(readFileSync(join(root, 'schemas/opendata-toolkit.schema.json'), 'utf8'));
      const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true, esm: true } });
      const code = standaloneCode(ajv, ajv.compile(schema));
      return { contents: `${code}\nexport { validate as precompiledValidator };\nexport const CONFIG_AJV_OPTIONS = { allErrors: true, strict: false };\n`, loader: 'js', resolveDir: root };
    });
  },
};

const common = {
  plugins: [precompiledValidator],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: production,
  logLevel: 'warning',
  define: { TOOLKIT_VERSION: JSON.stringify(pkg.version) },
  absWorkingDir: root,
  // Prefer ES module builds: some packages' UMD `main` (jsonc-parser) hides requires from the bundler.
  mainFields: ['module', 'main'],
};

const builds = [
  // tsx is only for running the worker from source in tests.
  esbuild.build({ ...common, entryPoints: ['src/cli/index.ts'], outfile: 'dist/cli.js', external: ['tsx/cjs'] }),
  esbuild.build({ ...common, entryPoints: ['src/cli/policy/index.ts'], outfile: 'dist/policy-cli.js' }),
  // The engine's worker threads: toolkit-check's for large trees, the editor's for every check.
  esbuild.build({ ...common, entryPoints: ['src/worker/engineWorker.ts'], outfile: 'dist/engine-worker.js' }),
  // cspell-lib (an ES module, bundled as CommonJS) on its own, required only when spelling is checked.
  esbuild.build({ ...common, entryPoints: ['src/speller/cspellSpeller.ts'], outfile: 'dist/speller.js' }),
];

// The dictionaries beside the speller, so the .vsix checks spelling offline without node_modules.
const requireHere = createRequire(join(root, 'package.json'));
// The list is src/speller/dictionaries.ts's ALL_DICTIONARY_PACKAGES (a unit test checks they agree).
for (const pkg of ['@cspell/dict-en-ca', '@cspell/dict-fr-fr', '@cspell/dict-software-terms', '@cspell/dict-en_us', '@cspell/dict-en-gb-mit']) {
  const ext = requireHere.resolve(`${pkg}/cspell-ext.json`);
  const to = join(root, 'dist', 'dictionaries', pkg);
  mkdirSync(to, { recursive: true });
  const files = ['cspell-ext.json', 'LICENSE', ...JSON.parse(readFileSync(ext, 'utf8')).dictionaryDefinitions.map((d) => d.path)];
  for (const f of files) {
    if (!existsSync(join(dirname(ext), f))) continue;
    mkdirSync(dirname(join(to, f)), { recursive: true });
    copyFileSync(join(dirname(ext), f), join(to, f));
    // Beside each word trie, the same words as a binary trie cspell loads without parsing.
    await writeBinaryTrie(join(dirname(ext), f), join(to, f));
  }
}

if (existsSync(join(root, 'src/extension/extension.ts'))) {
  // The extension's entry stays small; the engine is a second bundle it requires on first use.
  builds.push(esbuild.build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', './engine.js', 'tsx/cjs'] }));
  builds.push(esbuild.build({ ...common, entryPoints: ['src/core/engineApi.ts'], outfile: 'dist/engine.js' }));
}

const integration = join(root, 'test/integration');
if (existsSync(integration)) {
  const entries = readdirSync(integration).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).map((f) => `test/integration/${f}`);
  if (entries.length) {
    builds.push(esbuild.build({ ...common, entryPoints: entries, outdir: 'out/test/integration', external: ['vscode', 'mocha'] }));
  }
}

// The editor benchmark's suite runs in the real host like the integration suites.
const benchHost = join(root, 'test/bench-host');
if (existsSync(benchHost)) {
  const entries = readdirSync(benchHost).filter((f) => f.endsWith('.ts')).map((f) => `test/bench-host/${f}`);
  builds.push(esbuild.build({ ...common, entryPoints: entries, outdir: 'out/test/bench-host', external: ['vscode', 'mocha'] }));
}

await Promise.all(builds);
