import { runCli } from './main';

// The process entry point: everything else is testable without spawning a process.
void runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTty: process.stdout.isTTY === true,
}).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`toolkit-check: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
