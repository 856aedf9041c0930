import { strict as assert } from 'node:assert';
import { extractTemplateTokens } from '../../../src/core/extract/placeholders';
import { checkPairTexts, ofRule } from '../helpers/checkTexts';

describe('placeholders and shortcodes', () => {
  it('extracts placeholders and shortcodes with their keys', () => {
    const t = extractTemplateTokens('{{municipality}} ${leadTitle} {{< figure src="a.png" caption="x" >}} {{% note %}}');
    assert.deepEqual(t.map((x) => x.key), ['{{municipality}}', '${leadTitle}', '<figure caption,src', '%note']);
  });

  it('finds a missing, a renamed and an extra placeholder', async () => {
    const en = 'The City of {{municipality}} names a {{leadTitle}}.\n';
    assert.deepEqual(ofRule(await checkPairTexts(en, 'La Ville de {{municipality}} nomme un {{leadTitle}}.\n'), 'placeholders'), []);
    assert.deepEqual(ofRule(await checkPairTexts(en, 'La Ville de {{municipalite}} nomme un {{leadTitle}}.\n'), 'placeholders').map((x) => x.messageId).sort(), ['placeholderExtra', 'placeholderMissing']);
    assert.deepEqual(ofRule(await checkPairTexts(en, 'La Ville de {{municipality}} nomme un responsable.\n'), 'placeholders').map((x) => x.messageId), ['placeholderMissing']);
  });

  it('takes a placeholder repeated on one side as phrasing, and still finds one the other side lacks', async () => {
    const en = 'See {{ links.errorMessage }} for details.\n';
    assert.deepEqual(ofRule(await checkPairTexts(en, 'Voyez {{ links.errorMessage }}; ce {{ links.errorMessage }} explique tout.\n'), 'placeholders'), []);
    assert.deepEqual(ofRule(await checkPairTexts(en, 'Voyez {{ links.errorMessage }} et {{ links.other }}.\n'), 'placeholders').map((x) => x.messageId), ['placeholderExtra']);
  });

  it('ignores placeholders inside code, and compares shortcodes by name and parameter names', async () => {
    assert.deepEqual(ofRule(await checkPairTexts('Use `{{name}}` here.\n', 'Utilisez `{{nom}}` ici.\n'), 'placeholders'), []);
    const en = '{{< figure src="a.png" caption="Budget" >}}\n';
    assert.deepEqual(ofRule(await checkPairTexts(en, '{{< figure src="a.png" caption="Budget annuel" >}}\n'), 'shortcodes'), []);
    assert.deepEqual(ofRule(await checkPairTexts(en, '{{< image src="a.png" caption="Budget" >}}\n'), 'shortcodes').map((x) => x.messageId).sort(), ['shortcodeExtra', 'shortcodeMissing']);
  });
});
