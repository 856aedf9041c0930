#!/usr/bin/env node
// `npm start`: build the extension, then serve it in a real VS Code (code-server 4.100.3 from
// .vscode-test, see scripts/install-test-host.sh) on 127.0.0.1, a free port, opened on samples/,
// behind code-server's password login (a random password per start).
// Prints the URL to open and the password; Ctrl+C stops the server and removes its throw-away profile.
//
//   node scripts/start.mjs [--workspace samples] [--extension .] [--port N] [--no-build]
//
// The extension is loaded from the repository itself as an extension under development, through
// the `payload` query parameter of the printed URL (as VS Code's own web tests do), rather than
// copied into the extensions folder: nothing to install or keep in sync, and after a rebuild
// "Developer: Reload Window" picks up the new dist/ at once.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CODE_SERVER_VERSION, REPO_ROOT, startCodeServer } from '../test/host/codeServer.mjs';
import { workbenchUrl } from '../test/host/browser.mjs';

const { values: a } = parseArgs({
  options: {
    workspace: { type: 'string', default: join(REPO_ROOT, 'samples') },
    extension: { type: 'string', default: REPO_ROOT },
    port: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});
const say = (m) => console.log(`[start] ${m}`);
const fail = (m) => {
  console.error(`[start] ERROR: ${m}`);
  process.exit(1);
};

const extension = resolve(a.extension);
const workspace = resolve(a.workspace);
if (!existsSync(join(extension, 'package.json'))) fail(`no package.json in ${extension}`);
if (!existsSync(workspace) || !statSync(workspace).isDirectory()) fail(`workspace folder ${workspace} does not exist`);

if (a['no-build']) {
  say('skipping the build (--no-build)');
} else {
  const scripts = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8')).scripts ?? {};
  if (scripts.build) {
    say('npm run build');
    const r = spawnSync('npm', ['run', 'build'], { cwd: extension, stdio: 'inherit' });
    if (r.status !== 0) fail(`npm run build failed (exit ${r.status ?? r.signal}); fix it or pass --no-build`);
  } else {
    say('no "build" script in package.json: serving the extension as it is');
  }
}

let server;
try {
  // --port: a fixed port for bookmarks; by default a free one.
  server = await startCodeServer({ workspace, ...(a.port ? { port: Number(a.port) } : {}) });
} catch (e) {
  fail(e.message);
}
const url = workbenchUrl(server, { workspace, extensionDevelopmentPath: extension });
console.log(`
  VS Code (code-server ${CODE_SERVER_VERSION}) is serving ${relative(process.cwd(), workspace) || '.'} with the extension from ${relative(process.cwd(), extension) || '.'}.

  Open:      ${url}
  Password:  ${server.password}

  The server asks for this password once (it is random, new at every start, and only this
  process knows it): another user or program on this machine cannot open its workbench and
  terminal. The plain ${server.url} opens VS Code without the extension. Ctrl+C to stop.
`);

// Ctrl+C / SIGTERM: codeServer.mjs ends code-server's process tree and removes the profile.
const exit = await server.whenExited;
if (server.stopping) await new Promise(() => {}); // Ctrl+C: the handler finishes and exits
console.error(`[start] code-server stopped unexpectedly (${exit.code ?? exit.sig}):\n${server.output().slice(-3000)}`);
await server.stop();
process.exit(1);
