// Starts and stops the offline VS Code host: code-server (VS Code 1.100.3 server + web workbench)
// installed by scripts/install-test-host.sh. Loopback only, a free port, throw-away profile
// folders, and every process it starts is ended by process id (see ../../../shared/docs).
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync, cpSync, readdirSync, statSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_HOST_DIR = process.env.TEST_HOST_DIR ?? join(REPO_ROOT, '.vscode-test/code-server');

/** Path of code-server's entry script, or a clear error when the host is not installed. */
export function codeServerEntry(hostDir = DEFAULT_HOST_DIR) {
  const entry = join(hostDir, 'node_modules/code-server/out/node/entry.js');
  const marker = join(hostDir, '.installed');
  if (!existsSync(entry) || !existsSync(marker)) {
    throw new Error(`code-server is not installed in ${hostDir}: run scripts/install-test-host.sh first`);
  }
  const installed = readFileSync(marker, 'utf8').trim();
  if (!installed.startsWith(`code-server@${CODE_SERVER_VERSION} `)) {
    throw new Error(`${hostDir} holds ${installed}, expected code-server@${CODE_SERVER_VERSION}: re-run scripts/install-test-host.sh`);
  }
  return entry;
}

/** A port that was free a moment ago on 127.0.0.1 (the caller retries if it is taken meanwhile). */
export function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

/** Every descendant of `pid` (children first seen via `ps`, which exists on Linux and macOS). */
function descendants(pid) {
  let table;
  try {
    table = execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' });
  } catch {
    return [];
  }
  const children = new Map();
  for (const line of table.split('\n')) {
    const [p, pp] = line.trim().split(/\s+/).map(Number);
    if (!p) continue;
    if (!children.has(pp)) children.set(pp, []);
    children.get(pp).push(p);
  }
  const out = [];
  const stack = [pid];
  while (stack.length) {
    for (const c of children.get(stack.pop()) ?? []) {
      out.push(c);
      stack.push(c);
    }
  }
  return out;
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signal(pid, sig) {
  try {
    process.kill(pid, sig);
  } catch {
    /* already gone */
  }
}

/**
 * Ends `pid`, its process group and all its descendants: SIGTERM, then SIGKILL after `graceMs`.
 * The tree is listed before signalling because children re-parent to init once their parent dies.
 * With `graceMs` 0 it is synchronous (usable from a process 'exit' handler).
 */
export async function killTree(pid, graceMs = 3000) {
  const pids = [pid, ...descendants(pid)];
  signal(-pid, 'SIGTERM'); // the group: we spawn detached, so pid is its leader
  for (const p of pids) signal(p, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (graceMs > 0 && Date.now() < deadline && pids.some(alive)) {
    await new Promise((r) => setTimeout(r, 100));
  }
  for (const p of [pid, ...descendants(pid), ...pids]) if (alive(p)) signal(p, 'SIGKILL');
  signal(-pid, 'SIGKILL');
}

// Servers and other processes (the browser) still running; ended if this Node process exits or
// is interrupted.
const live = new Set();
const livePids = new Set();
let handlersInstalled = false;

/** Ends the tree of `pid` if this process exits or is interrupted before `untrack(pid)`. */
export function track(pid) {
  livePids.add(pid);
  installExitHandlers();
}
export function untrack(pid) {
  livePids.delete(pid);
}

function killAllSync() {
  for (const pid of livePids) killTree(pid, 0);
  livePids.clear();
  for (const s of live) s.killSync();
}

function installExitHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', killAllSync);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    // once: a second Ctrl+C exits at once (the 'exit' handler then kills synchronously).
    process.once(sig, async () => {
      console.error(`\n[test-host] ${sig}: stopping the processes we started`);
      const code = 128 + { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 }[sig];
      // Gracefully first, so each parent reaps its children; SIGKILL if that takes too long.
      setTimeout(() => process.exit(code), 6000).unref();
      const pids = [...livePids];
      livePids.clear();
      await Promise.allSettled([...pids.map((p) => killTree(p, 2000)), ...[...live].map((s) => s.stop())]);
      process.exit(code);
    });
  }
}

/**
 * User settings of every throw-away profile: no update checks, recommendations or experiments
 * (nothing to fetch offline), no startup editor, Git off (our workspaces sit inside this repo and
 * scanning it only costs time). Callers add or override keys with `settings`.
 */
export const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'files.autoSave': 'off',
};

/** Environment for code-server: ours, minus variables that would make it talk to another VS Code. */
function hostEnv(extra) {
  const env = { ...process.env, ...extra };
  for (const k of Object.keys(env)) {
    // VSCODE_IPC_HOOK_CLI makes code-server hand the request to the VS Code it runs in;
    // ELECTRON_RUN_AS_NODE and friends leak from a VS Code terminal.
    if (/^(VSCODE_|ELECTRON_)/.test(k) && !(k in (extra ?? {}))) delete env[k];
  }
  delete env.PORT; // code-server reads $PORT and would override --bind-addr
  // No extension marketplace: code-server would query open-vsx.org, unreachable here.
  env.EXTENSIONS_GALLERY ??= '{}';
  return env;
}

/**
 * Starts code-server and resolves once it answers /healthz.
 * @param {object} o
 * @param {string} [o.workspace] folder opened by default
 * @param {number} [o.port] fixed port (default: a free one)
 * @param {Record<string,string>} [o.env] extra environment (reaches the extension host)
 * @param {string} [o.hostDir] where install-test-host.sh put code-server
 * @param {string} [o.logLevel] VS Code log level: 'info' (default), 'debug', 'trace'
 * @param {Record<string,unknown>} [o.settings] user settings added to DEFAULT_SETTINGS
 * @param {number} [o.startTimeoutMs]
 * @param {(chunk:string)=>void} [o.onOutput] receives code-server's stdout/stderr
 * @param {boolean} [o.workspaceTrust] keep Workspace Trust on (Restricted Mode tests); off by default
 * @returns {Promise<{port:number,url:string,password:string,pid:number,tmpDir:string,userDataDir:string,
 *   extensionsDir:string,output:()=>string,kill:()=>Promise<void>,stop:()=>Promise<void>,
 *   copyLogs:(dest:string)=>string|undefined}>}
 */
export async function startCodeServer(o = {}) {
  const entry = codeServerEntry(o.hostDir);
  const startTimeoutMs = o.startTimeoutMs ?? 60_000;
  let lastError;
  // The free port can be taken between probing and binding: try a few.
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = o.port ?? (await freePort());
    try {
      return await startOnce(entry, port, o, startTimeoutMs);
    } catch (e) {
      lastError = e;
      if (o.port || !/EADDRINUSE/.test(String(e?.message))) break;
    }
  }
  throw lastError;
}

async function startOnce(entry, port, o, startTimeoutMs) {
  const tmpDir = mkdtempSync(join(o.tmpRoot ?? tmpdir(), 'toolkit-host-'));
  const userDataDir = join(tmpDir, 'user-data');
  const extensionsDir = join(tmpDir, 'extensions');
  // An explicit config file keeps code-server from creating ~/.config/code-server/config.yaml.
  // Password auth with a random password per server: bound to 127.0.0.1 is not enough, any
  // local process or user could otherwise open the workbench and reach its terminal. The
  // password lives only in this private file (tmpDir is 0700) and in memory.
  const password = randomBytes(24).toString('base64url');
  const config = join(tmpDir, 'config.yaml');
  writeFileSync(config, `auth: password\npassword: ${password}\ncert: false\n`, { mode: 0o600 });
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User/settings.json'), JSON.stringify({ ...DEFAULT_SETTINGS, ...o.settings }, null, 2));
  const args = [
    entry,
    '--config', config,
    '--auth', 'password',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    // Workspace Trust is on only for the runs that test Restricted Mode.
    ...(o.workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--log', o.logLevel ?? 'info',
    ...(o.extraArgs ?? []),
  ];
  if (o.workspace) args.push(resolve(o.workspace));

  // detached: its own process group, so the whole tree can be signalled at once.
  const child = spawn(process.execPath, args, {
    cwd: tmpDir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: hostEnv(o.env),
  });
  let out = '';
  const onData = (d) => {
    const s = d.toString();
    out = (out + s).slice(-200_000);
    o.onOutput?.(s);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = null;
  let onExited;
  const whenExited = new Promise((r) => (onExited = r));
  child.on('exit', (code, sig) => onExited((exited = { code, sig })));

  let killed = false;
  const server = {
    port,
    url: `http://127.0.0.1:${port}/`,
    /** The random password of this server's login page (see signIn in browser.mjs). */
    password,
    pid: child.pid,
    tmpDir,
    userDataDir,
    extensionsDir,
    output: () => out,
    /** Resolves with { code, sig } when the code-server process ends (for whatever reason). */
    whenExited,
    get exited() {
      return exited;
    },
    /** True once kill()/stop() (or a signal handler) began ending it: its exit is expected. */
    get stopping() {
      return killed;
    },
    /** Emergency stop for exit/signal handlers: synchronous SIGKILL of the tree, temp removed. */
    killSync() {
      if (killed) return;
      killed = true;
      live.delete(server);
      killTree(child.pid, 0);
      if (!o.keepTmp) rmSync(tmpDir, { recursive: true, force: true, maxRetries: 5 });
    },
    async kill() {
      if (killed) return;
      killed = true;
      live.delete(server);
      await killTree(child.pid);
    },
    /** Copies the VS Code logs (server, remote extension host, ...) to `dest`. */
    copyLogs(dest) {
      const logs = join(userDataDir, 'logs');
      if (!existsSync(logs)) return undefined;
      cpSync(logs, dest, { recursive: true });
      return dest;
    },
    async stop() {
      await server.kill();
      if (!o.keepTmp) rmSync(tmpDir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
  live.add(server);
  installExitHandlers();

  const deadline = Date.now() + startTimeoutMs;
  try {
    for (;;) {
      if (exited) {
        throw new Error(`code-server exited (${exited.code ?? exited.sig}) before answering:\n${out.slice(-3000)}`);
      }
      if (Date.now() > deadline) {
        throw new Error(`code-server did not answer on ${server.url} within ${startTimeoutMs} ms:\n${out.slice(-3000)}`);
      }
      if (await answers(`${server.url}healthz`)) return server;
      await new Promise((r) => setTimeout(r, 150));
    }
  } catch (e) {
    await server.stop();
    throw e;
  }
}

/** Where `url` sends a visitor without the session cookie: code-server's login page when auth is on. */
export function anonymousRedirect(url, timeoutMs = 5000) {
  return new Promise((res) => {
    const req = httpGet(url, { agent: false, timeout: timeoutMs }, (r) => {
      r.resume();
      res({ status: r.statusCode, location: r.headers.location });
    });
    req.on('timeout', () => req.destroy());
    req.on('error', (e) => res({ status: 0, location: String(e.message) }));
  });
}

/** True if `url` answers 2xx. No keep-alive agent: a pooled socket would hold our exit ~4 s. */
export function answers(url, timeoutMs = 2000) {
  return new Promise((res) => {
    const req = httpGet(url, { agent: false, timeout: timeoutMs }, (r) => {
      r.resume();
      res(r.statusCode >= 200 && r.statusCode < 300);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => res(false));
  });
}

/** Files below `dir` accepted by `test`, oldest first (e.g. the remote extension host log). */
export function findLogFiles(dir, test) {
  const found = [];
  const walk = (d) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (test(p)) found.push(p);
    }
  };
  if (existsSync(dir)) walk(dir);
  return found.sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
}
