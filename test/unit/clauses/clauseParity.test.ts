import { strict as assert } from 'node:assert';
import { assemblePolicy } from '../../../src/core/clauses/assemblePolicy';
import { fillClause } from '../../../src/core/clauses/fillClause';
import type { LoadedClause, ParameterValue } from '../../../src/core/clauses/clauseTypes';
import { resolveConfig } from '../../../src/core/config/loadConfig';
import { buildDocument } from '../../../src/core/markdown/buildDocument';
import { checkOptionsFrom } from '../../../src/core/project/checkProject';
import { runPairRules } from '../../../src/core/rules/runRules';
import type { Finding } from '../../../src/core/findings';
import { describe as describeFindings } from '../helpers/checkTexts';
import { shipped } from './shippedLibrary';

/** Our own parity checks, default configuration, with or without the clause library. */
function parity(en: string, fr: string, withClauses = false): Promise<Finding[]> {
  const { resolved } = resolveConfig({}, '/project', undefined, () => '');
  const options = checkOptionsFrom(resolved, undefined, withClauses ? shipped().library : undefined);
  return runPairRules(buildDocument('policy.en.md', en, 'en'), buildDocument('policy.fr.md', fr, 'fr'), options);
}

function notInfo(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity !== 'info');
}

function examples(clause: LoadedClause): Record<string, ParameterValue> {
  return Object.fromEntries(clause.parameters.filter((p) => p.example !== undefined).map((p) => [p.name, p.example!]));
}

const answers = {
  municipality: { en: 'Municipality of Exampleton', fr: 'Municipalité d’Exampleton' },
  lead_title: { en: 'Manager, Open Data', fr: 'gestionnaire, Données ouvertes' },
  portal_url: { en: 'https://data.example.ca/en/', fr: 'https://data.example.ca/fr/' },
  approval_date: '2027-03-15',
  effective_date: '2027-04-01',
};

describe('every clause passes our parity checks', () => {
  it('the library is the shipped one (the loop below is not empty)', () => {
    assert.ok(shipped().library.clauses.length >= 40);
  });

  for (const clause of shipped().library.clauses) {
    it(`${clause.id}: raw bodies, and bodies filled with the example values`, async () => {
      const raw = notInfo(await parity(clause.body.en, clause.body.fr));
      assert.deepEqual(describeFindings(raw), [], 'raw template');
      const values = examples(clause);
      const filled = notInfo(await parity(fillClause(clause, 'en', values).text, fillClause(clause, 'fr', values).text));
      assert.deepEqual(describeFindings(filled), [], `filled with ${JSON.stringify(values)}`);
    });
  }

  it('the check is not blind: a clause with a number changed in French fails it', async () => {
    const clause = shipped().library.byId.get('timely-updates')!;
    const values = examples(clause);
    const en = fillClause(clause, 'en', values).text;
    const fr = fillClause(clause, 'fr', values).text.replace(/\d+/, (n) => String(Number(n) + 1));
    assert.ok(notInfo(await parity(en, fr)).some((f) => f.rule === 'numbers'), describeFindings(await parity(en, fr)).join('\n'));
  });
});

describe('every assembled policy passes every parity check and the clause checks', () => {
  for (const profileId of ['starter', 'full-program']) {
    for (const province of ['ON', 'QC', 'BC', 'MB', 'NS', 'YT']) {
      it(`${profileId}, ${province}`, async () => {
        const { library, profiles } = shipped();
        const out = assemblePolicy({ profile: profiles.byId.get(profileId)!, library, answers: { ...answers, province } });
        assert.deepEqual(out.problems, []);
        const findings = await parity(out.en.text, out.fr.text, true);
        assert.deepEqual(describeFindings(findings), []);
      });
    }
  }

  it('the clause checks are on: an edited clause in the assembled policy is reported as drift', async () => {
    const { library, profiles } = shipped();
    const out = assemblePolicy({ profile: profiles.byId.get('starter')!, library, answers: { ...answers, province: 'ON' } });
    const edited = out.fr.text.replace('ouvertes par défaut', 'ouvertes sur demande');
    assert.notEqual(edited, out.fr.text);
    const drift = (await parity(out.en.text, edited, true)).filter((f) => f.rule === 'clause-drift');
    assert.deepEqual(drift.map((f) => [f.file, f.severity, f.args?.id]), [['policy.fr.md', 'info', 'open-by-default']]);
  });
});
