import { runPolicyCli } from './policyMain';

// The process entry point of toolkit-policy (dist/policy-cli.js); the rest runs in tests in-process.
void runPolicyCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTty: process.stdout.isTTY === true,
}).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`toolkit-policy: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
