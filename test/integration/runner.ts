// The mocha runner of the integration suites. VS Code's extension host loads the compiled
// `out/test/integration/index.js` (extensionTestsPath) and awaits its `run()`; index.ts only
// re-exports `run` from here. It runs the compiled `*.test.js` files lying next to the bundle,
// writes a JSON report to $TOOLKIT_TEST_RESULTS (the launchers read it) and prints it to stdout.
//
// Must be bundled as CommonJS (esbuild format 'cjs', `vscode` external): `__dirname` is the
// folder of the compiled suites, and the extension host loads test entry points with require().
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

type MochaClass = typeof import('mocha');

/** Marker line before the JSON report on stdout, so a log reader can find it. */
export const RESULTS_MARKER = 'TOOLKIT_TEST_RESULTS_JSON ';

export interface TestRecord {
  title: string;
  fullTitle: string;
  file?: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: { message: string; stack?: string; expected?: string; actual?: string };
}

export interface ActivationTiming {
  /** Loading the extension's main module (require), ms. */
  codeLoadingMs?: number;
  /** The activate() call until its returned promise settled, ms. */
  activateMs?: number;
  /** codeLoadingMs + activateMs: the extension's own cost (what "Running Extensions" shows). */
  activationMs?: number;
  /** Wall clock from code loading start to activated, including the host's own setup of the
   * extension context (storage, secrets) that runs alongside; depends on machine load. */
  wallMs?: number;
}

export interface TestReport {
  stats: { tests: number; passes: number; failures: number; pending: number; durationMs: number };
  tests: TestRecord[];
  vscodeVersion?: string;
  /** Per extension id, from the extension host's own performance marks. */
  activation: Record<string, ActivationTiming>;
  /** Set when the suite could not run at all (no test files, load error, ...). */
  error?: string;
}

export interface RunOptions {
  /** Folder holding the compiled `*.test.js`; defaults to this bundle's folder. */
  testsRoot?: string;
  /** Per-test timeout in ms; $TOOLKIT_TEST_TIMEOUT overrides; default 20000. */
  timeoutMs?: number;
  /** Only tests whose full title matches; $TOOLKIT_TEST_GREP overrides. */
  grep?: string;
  /** Where to write the JSON report; defaults to $TOOLKIT_TEST_RESULTS. */
  resultsPath?: string;
}

/** Entry point called by VS Code's extension host (it passes arguments we do not need). */
export function run(): Promise<void> {
  return runSuites();
}

/** Runs the suites; resolves when all passed, rejects with a summary otherwise. */
export async function runSuites(options: RunOptions = {}): Promise<void> {
  const testsRoot = options.testsRoot ?? __dirname;
  const resultsPath = options.resultsPath ?? process.env.TOOLKIT_TEST_RESULTS;
  const report: TestReport = {
    stats: { tests: 0, passes: 0, failures: 0, pending: 0, durationMs: 0 },
    tests: [],
    activation: {},
  };
  const started = Date.now();
  try {
    report.vscodeVersion = vscodeVersion();
    // Resolved at run time from node_modules (never bundled): mocha's reporters and
    // its globals must come from one copy, and mocha 12 is an ES module re-exporting CommonJS.
    const mochaModule = createRequire(path.join(testsRoot, 'index.js'))('mocha');
    const MochaCtor: MochaClass = mochaModule.default ?? mochaModule;
    const files = fs
      .readdirSync(testsRoot)
      .filter((f) => f.endsWith('.test.js'))
      .sort()
      .map((f) => path.join(testsRoot, f));
    if (files.length === 0) throw new Error(`no *.test.js files in ${testsRoot}`);

    const timeout = Number(process.env.TOOLKIT_TEST_TIMEOUT) || options.timeoutMs || 20_000;
    const grep = process.env.TOOLKIT_TEST_GREP || options.grep;
    // The extension host's output is not a terminal: no colour codes in logs.
    MochaCtor.reporters.Base.useColors = false;
    const mocha = new MochaCtor({ ui: 'bdd', timeout, reporter: 'spec', ...(grep ? { grep } : {}) });
    for (const f of files) mocha.addFile(f);
    await mocha.loadFilesAsync();

    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      const record = (test: Mocha.Runnable, state: TestRecord['state'], err?: unknown) => {
        report.tests.push({
          title: test.title,
          fullTitle: test.fullTitle(),
          file: test.file ? path.basename(test.file) : undefined,
          state,
          durationMs: test.duration,
          error: err === undefined ? undefined : describeError(err),
        });
      };
      runner.on('pass', (t) => record(t, 'passed'));
      runner.on('pending', (t) => record(t, 'pending'));
      // Also fires for failing hooks (their title says which hook).
      runner.on('fail', (t, err) => record(t, 'failed', err));
    });
  } catch (e) {
    report.error = e instanceof Error ? (e.stack ?? e.message) : String(e);
  }
  report.stats = {
    tests: report.tests.length,
    passes: report.tests.filter((t) => t.state === 'passed').length,
    failures: report.tests.filter((t) => t.state === 'failed').length,
    pending: report.tests.filter((t) => t.state === 'pending').length,
    durationMs: Date.now() - started,
  };
  report.activation = activationTimings();

  const json = JSON.stringify(report, null, 2);
  if (resultsPath) {
    fs.mkdirSync(path.dirname(resultsPath), { recursive: true });
    // Written whole then renamed: a launcher polling for the file never reads half of it.
    fs.writeFileSync(`${resultsPath}.tmp`, json);
    fs.renameSync(`${resultsPath}.tmp`, resultsPath);
  }
  console.log(RESULTS_MARKER + JSON.stringify(report));

  if (report.error) throw new Error(`integration suites did not run: ${report.error}`);
  if (report.stats.failures > 0) throw new Error(`${report.stats.failures} of ${report.stats.tests} integration test(s) failed`);
}

function describeError(err: unknown): NonNullable<TestRecord['error']> {
  if (!(err instanceof Error)) return { message: String(err) };
  const e = err as Error & { expected?: unknown; actual?: unknown; showDiff?: boolean };
  const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  return {
    message: e.message,
    stack: e.stack,
    ...(e.showDiff !== false && 'expected' in e ? { expected: show(e.expected), actual: show(e.actual) } : {}),
  };
}

function vscodeVersion(): string | undefined {
  try {
    // Not imported statically so this file also loads (and typechecks) outside the host.
    return (createRequire(__filename)('vscode') as { version: string }).version;
  } catch {
    return undefined;
  }
}

/**
 * Activation timings from VS Code's own performance marks in this extension host
 * (`code/extHost/{will,did}{LoadExtensionCode,ActivateExtension}/<id>`), which
 * vs/base/common/performance keeps in `globalThis.MonacoPerformanceMarks.getMarks()`.
 */
export function activationTimings(): Record<string, ActivationTiming> {
  type Marks = { getMarks?: () => { name: string; startTime: number }[] };
  const perf = (globalThis as { MonacoPerformanceMarks?: Marks }).MonacoPerformanceMarks;
  const out: Record<string, ActivationTiming> = {};
  if (typeof perf?.getMarks !== 'function') return out;
  const marks = new Map<string, number>();
  for (const { name, startTime } of perf.getMarks()) marks.set(name, startTime);
  const prefix = 'code/extHost/didActivateExtension/';
  for (const name of marks.keys()) {
    if (!name.startsWith(prefix)) continue;
    const id = name.slice(prefix.length);
    const m = (k: string) => marks.get(`code/extHost/${k}/${id}`);
    const diff = (a?: number, b?: number) => (a === undefined || b === undefined ? undefined : Math.round((b - a) * 10) / 10);
    const codeLoadingMs = diff(m('willLoadExtensionCode'), m('didLoadExtensionCode'));
    const activateMs = diff(m('willActivateExtension'), m('didActivateExtension'));
    out[id] = {
      codeLoadingMs,
      activateMs,
      activationMs: codeLoadingMs === undefined || activateMs === undefined ? undefined : codeLoadingMs + activateMs,
      wallMs: diff(m('willLoadExtensionCode'), m('didActivateExtension')),
    };
  }
  return out;
}
