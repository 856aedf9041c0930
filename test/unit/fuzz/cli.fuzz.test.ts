import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { cli, tempProject } from '../helpers/tempProject';
import { clauseText, configText, hostileBytes } from './markdownArbitraries';

/** Every file under a folder with its bytes, to tell that a run changed nothing. */
function snapshot(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(join(dir, prefix))) {
    const rel = join(prefix, name);
    if (statSync(join(dir, rel)).isDirectory()) Object.assign(out, snapshot(dir, rel));
    else out[rel] = readFileSync(join(dir, rel)).toString('base64');
  }
  return out;
}

describe('fuzz: the command line on hostile folders', function () {
  this.timeout(120_000);

  it('prints exactly one JSON document, reports the good pair, changes no file; exit 2 only for a broken configuration', async () => {
    await fc.assert(
      fc.asyncProperty(hostileBytes, hostileBytes, fc.option(configText, { nil: undefined }), clauseText, async (en, fr, config, clause) => {
        const project = tempProject({
          'good.en.md': 'We have 150 cats.\n',
          'good.fr.md': 'Nous avons 151 chats.\n',
          'x.en.md': en,
          'x.fr.md': fr,
          'clauses/org.yaml': clause,
          ...(config === undefined ? {} : { 'opendata-toolkit.json': config }),
        });
        try {
          const before = snapshot(project.dir);
          const run = await cli(['.', '--format', 'json'], project.dir);
          assert.deepEqual(snapshot(project.dir), before, 'inputs unchanged');
          assert.ok([0, 1, 2].includes(run.code), `exit ${run.code}`);
          assert.doesNotMatch(run.stderr, /internal error/);
          if (run.code === 2) {
            // A configuration the run cannot use: said on stderr, and stdout is still one document, whose errors say why.
            assert.ok(config !== undefined, run.stderr);
            const failed = JSON.parse(run.stdout) as { diagnostics: unknown[]; errors: unknown[] };
            assert.ok(failed.errors.length > 0 && failed.diagnostics.length === 0, run.stdout.slice(0, 2000));
            return;
          }
          const report = JSON.parse(run.stdout) as { diagnostics: Array<{ file: string; rule: string }> };
          const ruleOff = config !== undefined && /"numbers"\s*:\s*"(off|warning|info)"/.test(config);
          if (!ruleOff) assert.ok(report.diagnostics.some((d) => d.file === 'good.fr.md' && d.rule === 'numbers'), run.stdout.slice(0, 2000));
        } finally {
          project.cleanup();
        }
      }),
      { seed: Number(process.env.FUZZ_SEED ?? 20261203), numRuns: Number(process.env.FUZZ_CLI_RUNS ?? 12), endOnFailure: true },
    );
  });
});
