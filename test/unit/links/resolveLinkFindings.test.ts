import { strict as assert } from 'node:assert';
import type { Finding } from '../../../src/core/findings';
import { LINK_EXCUSE, settleLinkFindings, withoutExcuse } from '../../../src/core/links/resolveLinkFindings';
import type { LinkExcuse } from '../../../src/core/links/compareLinks';

const at = { start: { line: 0, column: 0 }, end: { line: 0, column: 1 } };
function provisional(file: string, excuse?: LinkExcuse): Finding {
  const f: Finding = { file, range: at, severity: 'error', rule: 'links', messageId: 'linkTarget', args: { url: 'u', otherUrl: 'o' }, related: [{ file: file.replace('fr', 'en'), range: at, messageId: 'counterpartHere' }] };
  if (excuse) f.data = { [LINK_EXCUSE]: excuse, fix: { text: 'x' } };
  return f;
}
const handle = (en: string, fr: string): LinkExcuse => ({ kind: 'account', context: 'twitter.com//{}', en, fr });
const host = (en: string, fr: string): LinkExcuse => ({ kind: 'host', en, fr });
/** What the links rule's project step keeps as an error: the findings carrying no confirmed excuse, without their excuse. */
function resolveLinkFindings(findings: Finding[]): Finding[] {
  const settled = settleLinkFindings(findings);
  return findings.filter((f) => settled.get(f) !== true).map((f) => (settled.has(f) ? withoutExcuse(f) : f));
}

describe('settling link findings with the whole workspace', () => {
  it('drops findings excused by an account used consistently in two pairs, and keeps a lone one', () => {
    const out = resolveLinkFindings([provisional('fr/a.md', handle('CDS_GC', 'SNC_GC')), provisional('fr/b.md', handle('CDS_GC', 'SNC_GC')), provisional('fr/c.md', handle('open_gov', 'gouv_ouvert'))]);
    assert.deepEqual(out.map((f) => f.file), ['fr/c.md']);
    assert.equal(out[0].data?.[LINK_EXCUSE], undefined, 'the excuse is internal: it never reaches the output');
    assert.deepEqual(out[0].data, { fix: { text: 'x' } });
  });

  it('learns nothing from two uses in one pair of files', () => {
    const out = resolveLinkFindings([provisional('fr/a.md', handle('CDS_GC', 'SNC_GC')), provisional('fr/a.md', handle('CDS_GC', 'SNC_GC'))]);
    assert.equal(out.length, 2);
  });

  it('learns nothing that the workspace contradicts (one English account with two French ones)', () => {
    const out = resolveLinkFindings([provisional('fr/a.md', handle('CDS_GC', 'SNC_GC')), provisional('fr/b.md', handle('CDS_GC', 'SNC_GC')), provisional('fr/c.md', handle('CDS_GC', 'autre'))]);
    assert.equal(out.length, 3);
  });

  it('learns host pairs the same way, and contradictions keep them all', () => {
    const learned = resolveLinkFindings([provisional('fr/a.md', host('city.example', 'ville.example')), provisional('fr/b.md', host('city.example', 'ville.example'))]);
    assert.deepEqual(learned, []);
    const contradicted = resolveLinkFindings([provisional('fr/a.md', host('city.example', 'ville.example')), provisional('fr/b.md', host('city.example', 'ville.example')), provisional('fr/c.md', host('other.example', 'ville.example'))]);
    assert.equal(contradicted.length, 3);
  });

  it('leaves findings that carry no excuse out of the settlement', () => {
    const plain = provisional('fr/z.md');
    const settled = settleLinkFindings([plain, provisional('fr/a.md', host('a.example', 'b.example')), provisional('fr/b.md', host('a.example', 'b.example'))]);
    assert.equal(settled.has(plain), false);
    assert.deepEqual([...settled.values()], [true, true]);
  });
});
