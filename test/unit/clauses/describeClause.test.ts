import { strict as assert } from 'node:assert';
import { describeClause } from '../../../src/core/clauses/describeClause';
import { shipped } from './shippedLibrary';

describe('describeClause', () => {
  it('describes a clause in English with linked sources, guidance and alternatives', () => {
    const { library, registry } = shipped();
    const text = describeClause(library.byId.get('licence-ogl-canada')!, 'en', registry, (id) => library.byId.get(id)?.title.en);
    assert.match(text, /^\*\*Open licence: Open Government Licence – Canada\*\* — Version 1\.0\.0/);
    assert.match(text, /- \[Open Government Licence – Canada\]\(https:\/\/open\.canada\.ca\/en\/open-government-licence-canada\) \(`ogl-canada`\)/);
    assert.match(text, /- \[Remove restrictions for accessing information\]\(https:\/\/sunlightfoundation\.com\/opendataguidelines\/#open-access\) \(`sunlight-v3:10`\)/);
    assert.match(text, /- Accessible and usable \(`odc:3`\)/);
    assert.match(text, /Guidance: The simplest choice/);
    assert.match(text, /Alternatives: Open licence: the municipality’s own licence \(`licence-municipal`\)/);
  });

  it('describes it in French, with French titles, addresses and typography', () => {
    const { library, registry } = shipped();
    const text = describeClause(library.byId.get('licence-ogl-canada')!, 'fr', registry);
    assert.match(text, /\[Licence du gouvernement ouvert – Canada\]\(https:\/\/ouvert\.canada\.ca\/fr\/licence-du-gouvernement-ouvert-canada\)/);
    assert.match(text, /Conseils\u00A0: Le choix le plus simple/);
    assert.match(text, /Variantes\u00A0: `licence-municipal`/);
  });

  it('shows unknown source ids as they are', () => {
    const { library } = shipped();
    assert.match(describeClause(library.byId.get('purpose')!, 'en'), /- `sunlight-v3:3`/);
  });
});
