import { runPolicyCli } from './policyMain';

// The process entry point of toolkit-policy (dist/policy-cli.js); the rest runs in tests in-process.
process.exitCode = runPolicyCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTty: process.stdout.isTTY === true,
});
