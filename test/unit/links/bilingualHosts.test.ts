import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { DEFAULT_HOST_PAIRS, HostKnowledge } from '../../../src/core/links/knownHosts';

describe('built-in bilingual hosts (links/bilingual-hosts.json)', () => {
  const data = JSON.parse(readFileSync('links/bilingual-hosts.json', 'utf8'));

  it('is valid against its schema, each pair with a source', () => {
    const schema = JSON.parse(readFileSync('schemas/bilingual-hosts.schema.json', 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    assert.ok(validate(data), JSON.stringify(validate.errors));
  });

  it('names each host once', () => {
    const hosts = data.hostPairs.flatMap((p: { en: string; fr: string }) => [p.en, p.fr]);
    assert.equal(new Set(hosts).size, hosts.length);
  });

  it('relates hosts: the same site, a known pair, a host paired with another, or unknown', () => {
    const hosts = new HostKnowledge({ ...DEFAULT_HOST_PAIRS, 'city.example.ca': 'ville.example.ca' }, ['site.example']);
    assert.equal(hosts.relation('www.tbs-sct.gc.ca', 'www.tbs-sct.canada.ca'), 'same');
    assert.equal(hosts.relation('open.canada.ca', 'ouvert.canada.ca'), 'paired');
    assert.equal(hosts.relation('city.example.ca', 'ville.example.ca'), 'paired');
    assert.equal(hosts.relation('digital.canada.ca', 'ouvert.canada.ca'), 'conflict');
    assert.equal(hosts.relation('a.example', 'b.example'), 'unknown');
    assert.equal(hosts.frenchHostOf('www.digital.canada.ca'), 'numerique.canada.ca');
    assert.ok(hosts.isSite('www.site.example'));
  });
});
