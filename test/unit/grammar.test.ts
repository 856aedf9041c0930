/**
 * The toolkit's TextMate injection grammars, run through the engine VS Code itself uses
 * (vscode-textmate + vscode-oniguruma) on top of VS Code 1.100's own Markdown and YAML
 * grammars (vendored in test/fixtures/grammars, see NOTICE.md there).
 *
 * Two kinds of checks: our scopes appear exactly where our constructs are, and every character
 * that is not ours keeps the scopes the plain Markdown grammar gives it.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

const repo = path.resolve(__dirname, '../..');
const hostDir = path.join(repo, 'test/fixtures/grammars');
const fixtureDir = path.join(repo, 'test/fixtures/markdown-toolkit');

const BODY_INJECTION = 'markdown.toolkit.injection';
const INLINE_INJECTION = 'markdown.toolkit.inline.injection';
const FRONT_MATTER_INJECTION = 'markdown.toolkit.frontmatter.injection';

const grammarFiles: Record<string, string> = {
  'text.html.markdown': path.join(hostDir, 'markdown.tmLanguage.json'),
  'source.yaml': path.join(hostDir, 'yaml.tmLanguage.json'),
  'source.yaml.1.0': path.join(hostDir, 'yaml-1.0.tmLanguage.json'),
  'source.yaml.1.1': path.join(hostDir, 'yaml-1.1.tmLanguage.json'),
  'source.yaml.1.2': path.join(hostDir, 'yaml-1.2.tmLanguage.json'),
  'source.yaml.1.3': path.join(hostDir, 'yaml-1.3.tmLanguage.json'),
  'source.yaml.embedded': path.join(hostDir, 'yaml-embedded.tmLanguage.json'),
  [BODY_INJECTION]: path.join(repo, 'syntaxes/toolkit-markdown.injection.tmLanguage.json'),
  [INLINE_INJECTION]: path.join(repo, 'syntaxes/toolkit-inline.injection.tmLanguage.json'),
  [FRONT_MATTER_INJECTION]: path.join(repo, 'syntaxes/toolkit-frontmatter.injection.tmLanguage.json'),
};

let onigReady: Promise<vsctm.IOnigLib> | undefined;
function onigLib(): Promise<vsctm.IOnigLib> {
  onigReady ??= (async () => {
    const wasm = fs.readFileSync(path.join(repo, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    // loadWASM is once-per-process and returns the same promise on later calls, so other test
    // files may call it too.
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    };
  })();
  return onigReady;
}

/** The Markdown grammar as VS Code builds it: with our injections (as `injectTo` does) or without. */
async function markdownGrammar(withInjections: boolean): Promise<vsctm.IGrammar> {
  const registry = new vsctm.Registry({
    onigLib: onigLib(),
    loadGrammar: async (scopeName) => {
      const file = grammarFiles[scopeName];
      // Grammars we do not vendor (embedded code languages, HTML) are absent in both runs alike.
      return file ? vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scopeName) =>
      withInjections && scopeName === 'text.html.markdown' ? [BODY_INJECTION, INLINE_INJECTION, FRONT_MATTER_INJECTION] : undefined,
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  assert.ok(grammar, 'the Markdown host grammar loads');
  return grammar;
}

/** Scopes of every character of every line (one array of scopes per UTF-16 code unit). */
function charScopes(grammar: vsctm.IGrammar, text: string): string[][][] {
  let state = vsctm.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    const perChar: string[][] = [];
    for (const token of result.tokens) {
      for (let i = token.startIndex; i < Math.min(token.endIndex, line.length); i++) perChar[i] = token.scopes;
    }
    return perChar;
  });
}

const isOurs = (scopes: readonly string[]) => scopes.some((s) => s.endsWith('.toolkit'));

/** Maximal runs of characters carrying one of our scopes, as "line:text". */
function ourSpans(text: string, scopes: string[][][]): string[] {
  const lines = text.split(/\r?\n/);
  const spans: string[] = [];
  lines.forEach((line, n) => {
    let start = -1;
    for (let i = 0; i <= line.length; i++) {
      const ours = i < line.length && isOurs(scopes[n][i] ?? []);
      if (ours && start < 0) start = i;
      if (!ours && start >= 0) {
        spans.push(`${n + 1}:${line.slice(start, i)}`);
        start = -1;
      }
    }
  });
  return spans;
}

/** Characters that are not ours but whose scopes differ from the plain Markdown grammar's. */
function foreignChanges(text: string, plain: string[][][], injected: string[][][]): string[] {
  const lines = text.split(/\r?\n/);
  const changes: string[] = [];
  lines.forEach((line, n) => {
    for (let i = 0; i < line.length; i++) {
      const a = plain[n][i] ?? [];
      const b = injected[n][i] ?? [];
      if (isOurs(b)) continue;
      if (a.join(' ') !== b.join(' ')) {
        changes.push(`${n + 1}:${i + 1} ${JSON.stringify(line[i])}\n  plain:    ${a.join(' ')}\n  injected: ${b.join(' ')}`);
      }
    }
  });
  return changes;
}

describe('toolkit injection grammars (vscode-textmate + VS Code 1.100 Markdown)', () => {
  let plain: vsctm.IGrammar;
  let injected: vsctm.IGrammar;

  before(async () => {
    plain = await markdownGrammar(false);
    injected = await markdownGrammar(true);
  });

  /** Scopes of the first occurrence of `needle` on `lineNo` (1-based) of `text`: one list per character. */
  function scopesOf(text: string, lineNo: number, needle: string, occurrence = 0): string[][] {
    const line = text.split('\n')[lineNo - 1];
    let at = -1;
    for (let k = 0; k <= occurrence; k++) at = line.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" on line ${lineNo}`);
    return charScopes(injected, text)[lineNo - 1].slice(at, at + needle.length);
  }
  function assertScope(text: string, lineNo: number, needle: string, scope: string, occurrence = 0) {
    for (const scopes of scopesOf(text, lineNo, needle, occurrence)) {
      assert.ok(scopes.includes(scope), `"${needle}" (line ${lineNo}) should have ${scope}, has: ${scopes.join(' ')}`);
    }
  }
  function assertNotOurs(text: string, lineNo: number, needle: string) {
    for (const scopes of scopesOf(text, lineNo, needle)) {
      assert.ok(!isOurs(scopes), `"${needle}" (line ${lineNo}) must not be ours, has: ${scopes.join(' ')}`);
    }
  }

  it('declares what package.json must contribute: scope names and injection selectors', () => {
    const read = (scope: string) => JSON.parse(fs.readFileSync(grammarFiles[scope], 'utf8'));
    const body = read(BODY_INJECTION);
    const inline = read(INLINE_INJECTION);
    const fm = read(FRONT_MATTER_INJECTION);
    assert.equal(body.scopeName, BODY_INJECTION);
    assert.equal(inline.scopeName, INLINE_INJECTION);
    assert.equal(fm.scopeName, FRONT_MATTER_INJECTION);
    assert.match(body.injectionSelector, /^L:text\.html\.markdown\b/);
    assert.match(inline.injectionSelector, /^L:meta\.paragraph\.markdown\b/);
    assert.match(fm.injectionSelector, /^L:meta\.embedded\.block\.frontmatter\b/);
    // Every scope we give ends in .toolkit, which is how these tests tell ours from Markdown's.
    const names = JSON.stringify([body, inline, fm]).match(/"name":\s*"[^"]*"/g) ?? [];
    assert.ok(names.length > 20);
    for (const n of names) {
      const value = JSON.parse(`{${n}}`).name as string;
      if (value.startsWith('Open data toolkit')) continue; // the grammars' display names
      for (const scope of value.split(' ')) assert.match(scope, /\.toolkit$/, value);
    }
  });

  it('a placeholder or shortcode that starts a line leaves the paragraph (quote, list item) its scope', () => {
    const md = ['{{municipality}} starts this line.', '', '> {{quoted}} in a quote', '', '- {{listed}} in a list', '', '{{< figure src="a.png" >}} first'].join('\n');
    assertScope(md, 1, 'municipality', 'variable.other.placeholder.toolkit');
    assertScope(md, 1, 'municipality', 'meta.paragraph.markdown');
    assertScope(md, 3, 'quoted', 'variable.other.placeholder.toolkit');
    assertScope(md, 3, 'quoted', 'meta.paragraph.markdown');
    assertScope(md, 5, 'listed', 'variable.other.placeholder.toolkit');
    assertScope(md, 5, 'listed', 'meta.paragraph.markdown');
    assertScope(md, 7, 'figure', 'entity.name.tag.shortcode.toolkit');
    assert.deepEqual(foreignChanges(md, charScopes(plain, md), charScopes(injected, md)), []);
  });

  describe('placeholders', () => {
    const md = ['Dear {{ municipality }}, the ${leadTitle} and {{lead.name}} agree.', '', '**{{bold}}** and [see {{x}}](https://example.ca)'].join('\n');
    it('{{name}} and ${name} get variable.other.placeholder, delimiters punctuation', () => {
      assertScope(md, 1, 'municipality', 'variable.other.placeholder.toolkit');
      assertScope(md, 1, '{{', 'punctuation.definition.placeholder.begin.toolkit');
      assertScope(md, 1, '}}', 'punctuation.definition.placeholder.end.toolkit');
      assertScope(md, 1, 'leadTitle', 'variable.other.placeholder.toolkit');
      assertScope(md, 1, '${', 'punctuation.definition.placeholder.begin.toolkit');
      assertScope(md, 1, 'lead.name', 'variable.other.placeholder.toolkit');
    });
    it('inside bold and link text, keeping the Markdown scopes around them', () => {
      assertScope(md, 3, 'bold', 'variable.other.placeholder.toolkit');
      assertScope(md, 3, 'bold', 'markup.bold.markdown');
      assertScope(md, 3, 'x', 'variable.other.placeholder.toolkit');
      assertScope(md, 3, 'x', 'string.other.link.title.markdown');
    });
    it('not in code spans, fenced or indented code, nor for things that are not names', () => {
      const other = ['`{{inCode}}`', '', '```md', '{{inFence}}', '```', '', '    {{indented}}', '', 'Math: {{1 + 2}} and ${ spaced } and {{}}'].join('\n');
      assertNotOurs(other, 1, '{{inCode}}');
      assertNotOurs(other, 4, '{{inFence}}');
      assertNotOurs(other, 7, '{{indented}}');
      assertNotOurs(other, 9, '{{1 + 2}}');
      assertNotOurs(other, 9, '${ spaced }');
      assertNotOurs(other, 9, '{{}}');
    });
  });

  describe('Hugo shortcodes', () => {
    const md = ['{{< figure src="a.png" alt="Roles" >}}', '{{% notice info %}}', 'Text', '{{% /notice %}}', 'Inline {{<ref "governance.md">}} too.'].join('\n');
    it('delimiters, name, attributes and strings', () => {
      assertScope(md, 1, '{{<', 'punctuation.definition.shortcode.begin.toolkit');
      assertScope(md, 1, 'figure', 'entity.name.tag.shortcode.toolkit');
      assertScope(md, 1, 'src', 'entity.other.attribute-name.toolkit');
      assertScope(md, 1, '"a.png"', 'string.quoted.double.toolkit');
      assertScope(md, 1, '>}}', 'punctuation.definition.shortcode.end.toolkit');
      assertScope(md, 2, 'notice', 'entity.name.tag.shortcode.toolkit');
      assertScope(md, 2, '%}}', 'punctuation.definition.shortcode.end.toolkit');
      assertScope(md, 4, '/', 'punctuation.definition.shortcode.closing.toolkit');
      assertScope(md, 4, 'notice', 'entity.name.tag.shortcode.toolkit');
      assertScope(md, 5, 'ref', 'entity.name.tag.shortcode.toolkit');
      assertScope(md, 5, '"governance.md"', 'string.quoted.double.toolkit');
      assertNotOurs(md, 3, 'Text');
      assertNotOurs(md, 5, ' too.');
    });
    it('an unterminated shortcode stops at the end of its line', () => {
      const broken = ['{{< figure src="a.png"', 'Next line'].join('\n');
      assertScope(broken, 1, 'figure', 'entity.name.tag.shortcode.toolkit');
      assertNotOurs(broken, 2, 'Next line');
      // In the front matter no Markdown paragraph ends it for us.
      const inYaml = ['---', 'title: {{< figure', 'tags: [a, b]', '---'].join('\n');
      assertScope(inYaml, 2, 'figure', 'entity.name.tag.shortcode.toolkit');
      assertNotOurs(inYaml, 3, 'tags: [a, b]');
    });
  });

  describe('clause markers', () => {
    const md = ['<!-- clause:privacy-exemption.on@2.1.0 -->', 'The clause text.', '<!-- /clause -->', '', '- <!-- clause:licence-ogl@3 --> in a list'].join('\n');
    it('id and version are separate scopes; the keyword and delimiters have their own', () => {
      assertScope(md, 1, '<!--', 'punctuation.definition.tag.begin.toolkit');
      assertScope(md, 1, 'clause', 'keyword.control.clause.toolkit');
      assertScope(md, 1, 'privacy-exemption.on', 'entity.name.tag.clause-id.toolkit');
      assertScope(md, 1, '@', 'punctuation.separator.version.toolkit');
      assertScope(md, 1, '2.1.0', 'constant.numeric.version.toolkit');
      assertScope(md, 1, '-->', 'punctuation.definition.tag.end.toolkit');
      for (const s of scopesOf(md, 1, 'privacy-exemption.on')) assert.ok(!s.includes('constant.numeric.version.toolkit'));
      assertScope(md, 3, '/clause', 'keyword.control.clause.toolkit');
      assertScope(md, 3, '<!-- /clause -->', 'meta.clause-marker.end.toolkit');
      assertScope(md, 5, 'licence-ogl', 'entity.name.tag.clause-id.toolkit');
      assertScope(md, 5, '3', 'constant.numeric.version.toolkit');
      assertNotOurs(md, 2, 'The clause text.');
    });
    it('ordinary comments and malformed markers stay comments', () => {
      const other = ['<!-- clause without id -->', '<!-- clause:no-version -->', '<!-- TODO {{x}} -->'].join('\n');
      for (let n = 1; n <= 3; n++) {
        for (const s of charScopes(injected, other)[n - 1]) {
          assert.ok(!isOurs(s ?? []), `line ${n} is not ours`);
          assert.ok((s ?? []).includes('comment.block.html'), `line ${n} is still an HTML comment`);
        }
      }
    });
  });

  describe('callout markers', () => {
    const md = ['> [!TIP]', '> Start small.', '', '> [!WARNING]', '> Careful.', '', '   > [!NOTE]', '> ok'].join('\n');
    it('[!TIP], [!WARNING], [!NOTE] alone at the start of a block quote', () => {
      assertScope(md, 1, 'TIP', 'keyword.control.callout.toolkit');
      assertScope(md, 1, '[', 'punctuation.definition.callout.begin.toolkit');
      assertScope(md, 1, ']', 'punctuation.definition.callout.end.toolkit');
      assertScope(md, 4, 'WARNING', 'keyword.control.callout.toolkit');
      assertScope(md, 7, 'NOTE', 'keyword.control.callout.toolkit');
      // The quote marker and the callout text stay Markdown's.
      assertNotOurs(md, 1, '>');
      assertScope(md, 2, 'Start small.', 'markup.quote.markdown');
      assertNotOurs(md, 2, 'Start small.');
    });
    it('not in a paragraph, mid-line, unknown kinds, lower case, or followed by text', () => {
      const other = ['Text [!TIP] here', '', '> Quote [!NOTE] mid-line', '', '> [!HINT]', '', '> [!tip]', '', '> [!TIP] with text after',
        '', 'A line that ends with [!TIP]', '', '- [!NOTE]', '', '[!WARNING]'].join('\n');
      assertNotOurs(other, 1, '[!TIP]');
      assertNotOurs(other, 3, '[!NOTE]');
      assertNotOurs(other, 5, '[!HINT]');
      assertNotOurs(other, 7, '[!tip]');
      assertNotOurs(other, 9, '[!TIP]');
      assertNotOurs(other, 11, '[!TIP]');
      assertNotOurs(other, 13, '[!NOTE]');
      assertNotOurs(other, 15, '[!WARNING]');
    });
  });

  describe('front matter keys', () => {
    const md = ['---', 'translationKey: governance', 'title: Governance', 'lang: en', 'chapter: governance', 'lastReviewed: 2026-03-31',
      'municipality: Town of Example', 'province: ON', 'status: adopted', 'effectiveDate: 2026-04-01', 'notes: |', '  status: inside a block scalar',
      'extra:', '  lang: nested', '# lang: commented', '---', '', 'status: draft in the body', 'lang: en'].join('\n');
    it('the toolkit keys get support.type.property-name, including the first key', () => {
      for (const [line, key] of [[2, 'translationKey'], [4, 'lang'], [5, 'chapter'], [6, 'lastReviewed'], [7, 'municipality'],
        [8, 'province'], [9, 'status'], [10, 'effectiveDate']] as const) {
        assertScope(md, line, key, 'support.type.property-name.toolkit');
      }
    });
    it('not generic keys, nested keys, block scalar text, comments, or the Markdown body', () => {
      assertNotOurs(md, 3, 'title');
      assertNotOurs(md, 12, 'status');
      assertNotOurs(md, 14, 'lang');
      assertNotOurs(md, 15, 'lang');
      assertNotOurs(md, 18, 'status');
      assertNotOurs(md, 19, 'lang');
    });
    it('placeholders inside front matter values are ours, the YAML around them is not changed', () => {
      const fm = ['---', 'title: "{{chapterTitle}} in {{municipality}}"', 'lang: fr', '---'].join('\n');
      assertScope(fm, 2, 'chapterTitle', 'variable.other.placeholder.toolkit');
      assertScope(fm, 2, 'chapterTitle', 'string.quoted.double.yaml');
      assertScope(fm, 2, 'municipality', 'variable.other.placeholder.toolkit');
      assertScope(fm, 3, 'lang', 'support.type.property-name.toolkit');
      assert.deepEqual(foreignChanges(fm, charScopes(plain, fm), charScopes(injected, fm)), []);
    });
    it('the values after our keys keep the YAML scopes', () => {
      assert.deepEqual(foreignChanges(md, charScopes(plain, md), charScopes(injected, md)), []);
      assertScope(md, 2, 'governance', 'string.unquoted.plain.out.yaml');
      assertScope(md, 2, ':', 'punctuation.separator.map.value.yaml');
    });
  });

  describe('realistic chapters: only our constructs change', () => {
    const expected: Record<string, string[]> = {
      'governance.en.md': [
        '2:translationKey', '4:lang', '5:chapter', '7:lastReviewed',
        '16:{{municipality}}',
        '18:[!TIP]',
        '33:${leadTitle}',
        '43:[!WARNING]',
        '52:{{< figure src="images/steering.png" alt="Steering group" >}}',
        '54:{{% notice info %}}', '56:{{% /notice %}}',
        '60:<!-- clause:roles-open-data-lead@1.2.0 -->', '61:{{leadTitle}}', '61:{{municipality}}', '62:<!-- /clause -->',
        '79:[!NOTE]',
      ],
      'governance.fr.md': [
        '2:translationKey', '4:lang', '5:chapter', '7:lastReviewed',
        '16:{{municipality}}',
        '18:[!TIP]',
        '33:${leadTitle}',
        '43:[!WARNING]',
        '52:{{< figure src="images/steering.png" alt="Comité directeur" >}}',
        '54:{{% notice info %}}', '56:{{% /notice %}}',
        '60:<!-- clause:roles-open-data-lead@1.2.0 -->', '61:{{leadTitle}}', '61:{{municipality}}', '62:<!-- /clause -->',
        '79:[!NOTE]',
      ],
    };
    for (const [file, spans] of Object.entries(expected)) {
      it(`${file}: our scopes on exactly the expected spans, every other character unchanged`, () => {
        const text = fs.readFileSync(path.join(fixtureDir, file), 'utf8');
        const before = charScopes(plain, text);
        const after = charScopes(injected, text);
        assert.deepEqual(ourSpans(text, before), [], 'the plain grammar knows nothing of ours');
        assert.deepEqual(ourSpans(text, after), spans);
        const changes = foreignChanges(text, before, after);
        assert.equal(changes.length, 0, changes.slice(0, 10).join('\n'));
      });
    }
  });

  describe('real bilingual corpus (shared/corpora), when present', () => {
    const corpus = path.resolve(repo, '../shared/corpora/open-source-logiciel-libre');
    it('tokenising every guide with the injection changes nothing that is not ours', function () {
      if (!fs.existsSync(corpus)) this.skip();
      const files: string[] = [];
      const walk = (dir: string) => {
        for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
          const p = path.join(dir, e.name);
          if (e.isDirectory()) walk(p);
          else if (e.name.endsWith('.md')) files.push(p);
        }
      };
      walk(corpus);
      assert.ok(files.length >= 14, `found ${files.length} Markdown files`);
      for (const file of files) {
        const text = fs.readFileSync(file, 'utf8');
        const changes = foreignChanges(text, charScopes(plain, text), charScopes(injected, text));
        assert.equal(changes.length, 0, `${path.relative(corpus, file)}\n${changes.slice(0, 5).join('\n')}`);
      }
    });
  });
});
