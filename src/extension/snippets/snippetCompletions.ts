import * as vscode from 'vscode';
import type { Lang, ResolvedConfig } from '../../core/engineApi';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { uiLanguage } from '../util/uiLanguage';

interface SnippetDef {
  prefix: string | string[];
  description: string;
  body: string | string[];
}

/**
 * Example values of the snippets that the configuration's policy answers replace, by language.
 * The snippet files keep neutral examples so that they read well on their own.
 */
const FROM_CONFIG: ReadonlyArray<{ example: Record<Lang, string>; answer: 'municipality' | 'leadTitle' }> = [
  { example: { en: 'Town of Example', fr: 'Ville Exemple' }, answer: 'municipality' },
  { example: { en: 'Open data lead', fr: 'Responsable des données ouvertes' }, answer: 'leadTitle' },
];

/**
 * The toolkit snippets as completions: in a French file the French ones, in an English file the
 * English ones (one entry each, under one prefix: `tk-astuce`, `tk-tip`), with the
 * municipality and the lead's title from the configuration where it has them. Offered when `-`
 * is typed after `tk`, and on Ctrl+Space, whatever `editor.quickSuggestions` says.
 */
export function registerSnippetCompletions(extensionUri: vscode.Uri, index: WorkspaceIndex): vscode.Disposable {
  const files = new Map<Lang, Promise<Record<string, SnippetDef>>>();
  const snippetsOf = (lang: Lang) => {
    let file = files.get(lang);
    if (!file) {
      const uri = vscode.Uri.joinPath(extensionUri, 'snippets', `toolkit.${lang}.json`);
      files.set(lang, (file = Promise.resolve(vscode.workspace.fs.readFile(uri)).then((b) => JSON.parse(new TextDecoder().decode(b)) as Record<string, SnippetDef>)));
    }
    return file;
  };
  return vscode.languages.registerCompletionItemProvider(
    { language: 'markdown' },
    {
      async provideCompletionItems(document, position) {
        const typed = document.getText(new vscode.Range(position.line, 0, position.line, position.character)).match(/(?:^|\s)(t(?:k(?:-[\w-]*)?)?)$/)?.[1];
        if (typed === undefined) return undefined;
        const info = await index.pairOf(document.uri);
        const lang = info?.lang ?? uiLanguage();
        const snippets = await snippetsOf(lang);
        const range = new vscode.Range(position.translate(0, -typed.length), position);
        return Object.values(snippets).map((s) => {
          const item = new vscode.CompletionItem({ label: prefixOf(s, lang), description: s.description }, vscode.CompletionItemKind.Snippet);
          item.insertText = new vscode.SnippetString(withAnswers(Array.isArray(s.body) ? s.body.join('\n') : s.body, lang, info?.config));
          item.documentation = new vscode.MarkdownString().appendCodeblock(Array.isArray(s.body) ? s.body.join('\n') : s.body, 'markdown');
          item.range = range;
          return item;
        });
      },
    },
    '-',
  );
}

/** One prefix per snippet: the English one, or the French name (`tk-fr-astuce` → `tk-astuce`). */
export function prefixOf(s: SnippetDef, lang: Lang): string {
  const prefixes = Array.isArray(s.prefix) ? s.prefix : [s.prefix];
  const name = prefixes[prefixes.length - 1];
  return lang === 'fr' ? name.replace(/^tk-fr-/, 'tk-') : prefixes[0];
}

function withAnswers(body: string, lang: Lang, config: ResolvedConfig | undefined): string {
  let out = body;
  for (const { example, answer } of FROM_CONFIG) {
    const given = config?.policy[answer];
    const value = typeof given === 'string' ? given : given?.[lang];
    if (value) out = out.split(`:${example[lang]}}`).join(`:${escapeSnippet(value)}}`);
  }
  return out;
}

function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}
