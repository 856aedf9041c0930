import { runCli } from './main';

// The process entry point: everything else is testable without spawning a process.
const code = runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTty: process.stdout.isTTY === true,
});
process.exitCode = code;
