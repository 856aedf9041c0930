// npm run package: a production build, then a .vsix with @vscode/vsce; prints its size and,
// with --verify, installs it into the test host's code-server to prove it installs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const run = (cmd, args, options = {}) => {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', ...options });
  if (r.status !== 0) {
    process.stderr.write(r.stdout ?? '');
    process.stderr.write(r.stderr ?? '');
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status})`);
  }
  return r.stdout;
};

run(process.execPath, ['scripts/build.mjs', '--production'], { stdio: 'inherit' });
mkdirSync(join(root, 'dist-vsix'), { recursive: true });
const vsix = join(root, 'dist-vsix', `${pkg.name}-${pkg.version}.vsix`);
// Dependencies are bundled into dist/: the package needs none of node_modules.
run(process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '-o', vsix]);
const listing = run(process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies']).trim().split('\n');
console.log(`${vsix}: ${(statSync(vsix).size / 1024).toFixed(0)} KiB, ${listing.length} files`);

if (process.argv.includes('--verify')) {
  const codeServer = join(root, '.vscode-test/code-server/node_modules/.bin/code-server');
  const dir = mkdtempSync(join(tmpdir(), 'vsix-install-'));
  try {
    run(codeServer, ['--extensions-dir', join(dir, 'ext'), '--user-data-dir', join(dir, 'ud'), '--install-extension', vsix]);
    const installed = run(codeServer, ['--extensions-dir', join(dir, 'ext'), '--user-data-dir', join(dir, 'ud'), '--list-extensions', '--show-versions']);
    const id = `${pkg.publisher}.${pkg.name}@${pkg.version}`;
    if (!installed.split('\n').some((l) => l.trim() === id)) throw new Error(`${id} not listed after install:\n${installed}`);
    console.log(`installed into code-server: ${id}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
