import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { parseConfigText, resolveConfig } from '../../../src/core/config/loadConfig';
import { RULE_INFOS } from '../../../src/core/rules/registry';
import { formatMessage } from '../../../src/core/messages/format';

describe('configuration file', () => {
  it('accepts a valid file with comments and applies it', () => {
    const { config, problems } = parseConfigText('{\n  // our tree\n  "sourceLanguage": "en",\n  "pairs": {"a.md": "b.md"},\n  "rules": {"numbers": "warning", "untranslated": {"severity": "info", "minLength": 60}, "images": "off"}\n}\n', 'opendata-toolkit.json');
    assert.deepEqual(problems, []);
    const { resolved } = resolveConfig(config, '/root', '/root/opendata-toolkit.json', () => '');
    assert.equal(resolved.severities.get('numbers'), 'warning');
    assert.equal(resolved.severities.get('images'), 'off');
    assert.equal(resolved.severities.get('untranslated'), 'info');
    assert.deepEqual(resolved.ruleOptions.get('untranslated'), { minLength: 60 });
    assert.equal(resolved.pairs.get('a.md'), 'b.md');
  });

  it('names an unknown key and a wrong type with their line and column', () => {
    const text = '{\n  "sourceLanguage": "en",\n  "pair": {},\n  "maxFileSize": "big"\n}\n';
    const { problems, config } = parseConfigText(text, 'cfg.json');
    const shown = problems.map((p) => `${p.range.start.line + 1}:${p.range.start.column + 1} ${formatMessage(p.messageId, p.args, 'en')}`);
    assert.ok(shown.some((s) => s.startsWith('3:3 Unknown key “pair”')), shown.join('\n'));
    assert.ok(shown.some((s) => s.startsWith('4:18 “maxFileSize” must be a whole number')), shown.join('\n'));
    assert.equal(config.sourceLanguage, 'en', 'the valid parts are kept');
  });

  it('reports a __proto__ key as any unknown key, and never lets it set options', () => {
    const text = '{\n  "__proto__": { "maxFileSize": 2048, "rules": { "numbers": "off" } },\n  "rules": { "__proto__": { "severity": "off" }, "constructor": "off", "toString": "off", "numbers": "warning" }\n}\n';
    const { config, problems } = parseConfigText(text, 'cfg.json');
    const shown = problems.map((p) => `${p.range.start.line + 1}:${p.range.start.column + 1} ${formatMessage(p.messageId, p.args, 'en')}`);
    assert.deepEqual(shown.map((s) => /^\d+:\d+ Unknown key “[^”]+”/.exec(s)?.[0]).sort(), ['2:3 Unknown key “__proto__”', '3:14 Unknown key “rules.__proto__”', '3:50 Unknown key “rules.constructor”', '3:72 Unknown key “rules.toString”'].sort(), shown.join('\n'));
    assert.equal(problems.length, 4);
    assert.equal(Object.getPrototypeOf(config), Object.prototype);
    const { resolved } = resolveConfig(config, '/root', '/root/cfg.json', () => '');
    assert.equal(resolved.maxFileSize, 4 * 1024 * 1024, 'the default, not the prototype’s value');
    assert.equal(resolved.severities.get('numbers'), 'warning', 'the valid rule setting still applies');
    assert.equal(resolved.severities.get('sections'), 'error');
  });

  it('reports invalid JSON and bad rule values', () => {
    assert.deepEqual(parseConfigText('{ "rules": { "numbers": "loud" } }', 'c').problems.map((p) => p.messageId), ['configEnum']);
    assert.deepEqual(parseConfigText('{ "rules": { "nonsense": "error" } }', 'c').problems.map((p) => p.messageId), ['configUnknownKey']);
    const bad = parseConfigText('{ "include": ["a" "b"] }', 'c');
    assert.equal(bad.problems[0].messageId, 'configSyntax');
    assert.equal(bad.problems[0].range.start.column, 18);
  });

  it('reads a pairs file relative to itself', () => {
    const { resolved, problems } = resolveConfig({ pairs: 'corpus/pairs.json' }, '/root', undefined, (p) => {
      assert.equal(p, 'corpus/pairs.json');
      return '{"en/a.md": "fr/b.md"}';
    });
    assert.deepEqual(problems, []);
    assert.equal(resolved.pairs.get('corpus/en/a.md'), 'corpus/fr/b.md');
    assert.deepEqual(resolveConfig({ pairs: 'x.json' }, '/r', undefined, () => '[1]').problems.map((p) => p.messageId), ['configPairsNotMap']);
  });

  it('reads siteHosts, and keeps link-unverified off unless it is turned on', () => {
    const { config, problems } = parseConfigText('{ "siteHosts": ["digital.canada.ca", "numerique.canada.ca"] }', 'opendata-toolkit.json');
    assert.deepEqual(problems, []);
    const { resolved } = resolveConfig(config, '/root', undefined, () => '');
    assert.deepEqual(resolved.siteHosts, ['digital.canada.ca', 'numerique.canada.ca']);
    assert.equal(resolved.severities.get('link-unverified'), 'off');
    assert.equal(resolveConfig({ rules: { 'link-unverified': {} } }, '/root', undefined, () => '').resolved.severities.get('link-unverified'), 'info');
    assert.equal(resolveConfig({ rules: { 'link-unverified': 'warning' } }, '/root', undefined, () => '').resolved.severities.get('link-unverified'), 'warning');
    assert.equal(parseConfigText('{ "siteHosts": "digital.canada.ca" }', 'x.json').problems[0]?.messageId, 'configWrongType');
  });

  it('has a schema that lists exactly the engine’s rules', () => {
    const schema = JSON.parse(readFileSync('schemas/opendata-toolkit.schema.json', 'utf8'));
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), RULE_INFOS.map((r) => r.id).sort());
  });
});
