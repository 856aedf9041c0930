import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import { assemblePolicy } from '../../../src/core/clauses/assemblePolicy';
import { checkClauseDocument, compareClauseSets } from '../../../src/core/clauses/clauseDrift';
import { findClauseMarkers } from '../../../src/core/clauses/clauseMarkers';
import type { ClauseProfile } from '../../../src/core/clauses/clauseTypes';
import { loadClauseLibrary } from '../../../src/core/clauses/loadClauseLibrary';
import { fixture, shipped } from './shippedLibrary';

const answers = {
  municipality: { en: 'Town of Exampleton', fr: 'Ville d’Exampleton' },
  province: 'QC',
  lead_title: { en: 'Manager, Data and Analytics', fr: 'gestionnaire, Données et analytique' },
  portal_url: { en: 'https://data.example.ca/en/', fr: 'https://data.example.ca/fr/' },
  approval_date: '2027-03-15',
  effective_date: '2027-04-01',
};

function frontMatter(text: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  assert.ok(m, 'no front matter');
  return parse(m[1]) as Record<string, unknown>;
}

describe('assemblePolicy', () => {
  it('builds a matched pair: front matter, numbered headings, every clause in markers', () => {
    const { library, profiles } = shipped();
    const out = assemblePolicy({ profile: profiles.byId.get('starter')!, library, answers, baseName: 'exampleton-open-data' });
    assert.deepEqual(out.problems, []);
    assert.equal(out.en.fileName, 'exampleton-open-data.en.md');
    assert.equal(out.fr.fileName, 'exampleton-open-data.fr.md');
    assert.deepEqual(frontMatter(out.en.text), { title: 'Open Data Policy', lang: 'en', translationKey: 'exampleton-open-data', clauseProfile: 'starter' });
    assert.deepEqual(frontMatter(out.fr.text), { title: 'Politique sur les données ouvertes', lang: 'fr', translationKey: 'exampleton-open-data', clauseProfile: 'starter' });
    const enMarkers = findClauseMarkers(out.en.text, 'en').clauses.map((c) => c.id);
    const frMarkers = findClauseMarkers(out.fr.text, 'fr').clauses.map((c) => c.id);
    assert.deepEqual(enMarkers, out.clauses.map((c) => c.id));
    assert.deepEqual(frMarkers, enMarkers);
    assert.match(out.en.text, /^## 1\. Purpose$/m);
    assert.match(out.fr.text, /^## 1\. Objet$/m);
    assert.equal((out.en.text.match(/^## /gm) ?? []).length, out.clauses.length);
    assert.equal((out.fr.text.match(/^## /gm) ?? []).length, out.clauses.length);
  });

  it('fills answers in each language: names, dates, numbers, URLs; no placeholder left', () => {
    const { library, profiles } = shipped();
    const out = assemblePolicy({ profile: profiles.byId.get('full-program')!, library, answers: { ...answers, committee_meetings: 1500 } });
    assert.match(out.en.text, /\*\*Municipality\*\* means Town of Exampleton\./);
    assert.match(out.fr.text, /\*\*Municipalité\*\*\u00A0: Ville d’Exampleton\./);
    assert.match(out.en.text, /takes effect on April 1, 2027\./);
    assert.match(out.fr.text, /entre en vigueur le 1er avril 2027\./);
    assert.match(out.en.text, /at least 1,500 times a year/);
    assert.match(out.fr.text, /au moins 1\u00A0500 fois par année/);
    assert.match(out.fr.text, /portail de données ouvertes à l’adresse https:\/\/data\.example\.ca\/fr\/\./);
    assert.doesNotMatch(out.en.text + out.fr.text, /\{\{/);
  });

  it('the province picks the privacy clause', () => {
    const { library, profiles } = shipped();
    const profile = profiles.byId.get('starter')!;
    const privacyOf = (province: string) =>
      assemblePolicy({ profile, library, answers: { ...answers, province } }).clauses.map((c) => c.id).filter((id) => id.startsWith('privacy-'));
    assert.deepEqual(privacyOf('ON'), ['privacy-ontario-mfippa']);
    assert.deepEqual(privacyOf('QC'), ['privacy-quebec-access-act']);
    assert.deepEqual(privacyOf('BC'), ['privacy-bc-fippa']);
    assert.deepEqual(privacyOf('MB'), ['privacy-general']);
  });

  it('assembled files show no drift and the same clause set on both sides', () => {
    const { library, profiles } = shipped();
    for (const profile of profiles.profiles) {
      for (const province of ['ON', 'QC', 'BC', 'YT']) {
        const out = assemblePolicy({ profile, library, answers: { ...answers, province, licence: province === 'BC' ? 'municipal' : 'ogl-canada' } });
        for (const file of [out.en, out.fr]) {
          const check = checkClauseDocument({ file: file.fileName, text: file.text, lang: file.lang }, library);
          assert.deepEqual(check.findings, [], `${profile.id}/${province}/${file.lang}`);
        }
        const pairFindings = compareClauseSets(
          { file: out.en.fileName, clauses: findClauseMarkers(out.en.text, out.en.fileName).clauses },
          { file: out.fr.fileName, clauses: findClauseMarkers(out.fr.text, out.fr.fileName).clauses },
        );
        assert.deepEqual(pairFindings, []);
      }
    }
  });

  it('a missing required answer is an error; a clause value without default stays a placeholder, with a warning', () => {
    const { library, profiles } = shipped();
    const { municipality: _m, effective_date: _e, ...rest } = answers;
    const out = assemblePolicy({ profile: profiles.byId.get('starter')!, library, answers: rest });
    const summary = out.problems.map((p) => [p.severity, p.messageId, p.args?.name]);
    assert.deepEqual(summary, [
      ['error', 'clauses.missingRequiredAnswer', 'municipality'],
      ['warning', 'clauses.missingAnswer', 'effective_date'],
    ]);
    assert.equal(out.problems[0].file, 'clauses/profiles/starter.yaml');
    assert.match(out.en.text, /\*\*Municipality\*\* means \{\{municipality\}\}\./);
    assert.match(out.fr.text, /entre en vigueur le \{\{effective_date\}\}\./);
  });

  it('rejects an answer outside the options and reports unknown clauses and missing variants', () => {
    const library = loadClauseLibrary([{ folder: 'f', files: [fixture('valid-two.yaml')] }]);
    const profile: ClauseProfile = {
      id: 'test',
      title: { en: 'T', fr: 'T' },
      description: { en: 'T', fr: 'T' },
      questions: [{ name: 'province', type: 'enum', label: { en: 'P', fr: 'P' }, options: [{ value: 'ON', label: { en: 'Ontario', fr: 'Ontario' } }] }],
      clauses: ['sample-clause', 'ghost', { select: 'privacy', by: 'province', options: { ON: 'other-clause' } }],
    };
    const out = assemblePolicy({ profile, library, answers: { province: 'XX' } });
    assert.deepEqual(out.problems.map((p) => [p.messageId, p.args?.name ?? p.args?.id ?? p.args?.slot]), [
      ['clauses.badAnswer', 'province'],
      ['clauses.profileNoVariant', 'privacy'],
      ['clauses.profileUnknownClause', 'ghost'],
    ]);
    assert.deepEqual(out.clauses.map((c) => c.id), ['sample-clause']);
    assert.equal(out.problems[0].file, 'profile:test');
  });

  it('answers that do not fit their type stop the assembly, whether a question or a clause parameter asks for them', () => {
    const { library, profiles } = shipped();
    const profile = profiles.byId.get('full-program')!;
    const bad = (extra: Record<string, unknown>) =>
      assemblePolicy({ profile, library, answers: { ...answers, ...extra } as typeof answers }).problems.filter((p) => p.severity === 'error').map((p) => [p.messageId, p.args?.name]);
    assert.deepEqual(bad({}), []);
    assert.deepEqual(bad({ approval_date: '2027-02-30' }), [['clauses.badAnswerDate', 'approval_date']]);
    assert.deepEqual(bad({ effective_date: { en: '2027-04-01', fr: '2027-04-31' } }), [['clauses.badAnswerDate', 'effective_date']]);
    assert.deepEqual(bad({ portal_url: 'ftp://data.example.ca' }), [['clauses.badAnswerUrl', 'portal_url']]);
    assert.deepEqual(bad({ correction_days: 'soon' }), [['clauses.badAnswerInteger', 'correction_days']]);
    assert.deepEqual(bad({ correction_days: 2.5 }), [['clauses.badAnswerInteger', 'correction_days']]);
    assert.deepEqual(bad({ correction_days: 30 }), []);
  });

  it('profile defaults sit between clause defaults and answers', () => {
    const library = loadClauseLibrary([{ folder: 'f', files: [fixture('valid-two.yaml')] }]);
    const profile: ClauseProfile = {
      id: 'test', title: { en: 'T', fr: 'T' }, description: { en: 'T', fr: 'T' }, questions: [], defaults: { days: 45 }, clauses: ['sample-clause'],
    };
    assert.match(assemblePolicy({ profile, library, answers: {} }).en.text, /within 45 days/);
    assert.match(assemblePolicy({ profile, library, answers: { days: 7 } }).fr.text, /délai de 7 jours/);
  });
});
