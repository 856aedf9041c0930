import { strict as assert } from 'node:assert';
import { extractTemplateTokens } from '../../../src/core/extract/placeholders';
import { checkPairTexts, ofRule } from '../helpers/checkTexts';
import { languageNeutralName } from '../../../src/core/extract/languageNeutralName';

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

  it('takes per-language twins (figmaEn ↔ figmaFr, banner_en ↔ banner_fr) as counterparts, either way round, and still finds another name', async () => {
    const en = '- <my-link href="{{ links.figmaFr }}">French library</my-link>: use it to work in French.\n- See {{ banner_en }}.\n';
    assert.deepEqual(ofRule(await checkPairTexts(en, '- <my-link href="{{ links.figmaEn }}">Bibliothèque anglaise</my-link> : pour travailler en anglais.\n- Voyez {{ banner_fr }}.\n'), 'placeholders'), []);
    assert.deepEqual(ofRule(await checkPairTexts(en, '- <my-link href="{{ links.figmaFr }}">Bibliothèque française</my-link> : pour travailler en français.\n- Voyez {{ banner-FR }}.\n'), 'placeholders'), []);
    const wrong = ofRule(await checkPairTexts(en, '- <my-link href="{{ links.figmaTokens }}">Bibliothèque anglaise</my-link> : pour travailler en anglais.\n- Voyez {{ banner_fr }}.\n'), 'placeholders');
    assert.deepEqual(wrong.map((x) => x.messageId).sort(), ['placeholderExtra', 'placeholderMissing']);
    assert.deepEqual(languageNeutralName('{{ links.frequency }}'), '{{ links.frequency }}');
  });

  it('leaves the address of a link to the links rule: a dropped link is one finding, there', async () => {
    const en = 'Read the [guide]({{ links.guide }}) first.\n';
    const f = await checkPairTexts(en, 'Lisez d’abord le guide.\n');
    assert.deepEqual(f.filter((x) => x.rule === 'links' || x.rule === 'placeholders').map((x) => x.rule), ['links']);
  });
});

