import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { ClauseLibraryService } from './clauseLibraryService';
import { clauseContextOf, describeInContext } from './clauseContext';
import { clauseSnippetFor } from './clauseSnippet';

/** `<!-- clause:` typed anywhere (the `-->` an editor may have closed after the cursor included). */
const AFTER_MARKER = /<!--\s*clause:[\w.-]*$/;
/** `clause` (or `clause-…`) alone at the start of a line, in a policy file. */
const AT_LINE_START = /^\s*clause[\w.-]*$/i;
/** Front matter keys that make a Markdown file a policy. */
const POLICY_KEYS = /^(clauseProfile|policy)\s*:/m;

/**
 * Clause completions in Markdown: after `<!-- clause:` in any file, and for the word
 * `clause` at the start of a line in a policy (front matter with `clauseProfile` or
 * `policy`, or a file that already holds a clause). Each inserts the same snippet as the
 * "Insert policy clause" command. Nothing is loaded until one of those triggers matches.
 */
export class ClauseCompletions implements vscode.CompletionItemProvider {
  constructor(
    private readonly index: WorkspaceIndex,
    private readonly library: ClauseLibraryService,
  ) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[] | undefined> {
    const line = document.lineAt(position.line).text;
    const before = line.slice(0, position.character);
    const marker = AFTER_MARKER.exec(before);
    const word = marker ? undefined : AT_LINE_START.exec(before);
    if (!marker && !(word && isPolicy(document))) return undefined;
    const start = marker ? marker.index : before.length - before.trimStart().length;
    // An auto-closed `-->` after the cursor belongs to what the completion replaces.
    const closing = marker ? (/^\s*-->/.exec(line.slice(position.character))?.[0].length ?? 0) : 0;
    const range = new vscode.Range(position.line, start, position.line, position.character + closing);
    const context = await clauseContextOf(document, this.index, this.library);
    const { lang, catalogue } = context;
    const typed = before.slice(start);
    return catalogue.library.clauses.map((clause, i) => {
      const item = new vscode.CompletionItem({ label: clause.title[lang], description: `${clause.id}@${clause.version}` }, vscode.CompletionItemKind.Snippet);
      // Filtered against what was typed: the trigger, then the id and the title, so `clause priv` finds privacy.
      item.filterText = `${typed.replace(/[\w.-]*$/, '')}${clause.id} ${clause.title[lang]}`;
      item.sortText = String(i).padStart(4, '0');
      item.range = range;
      item.insertText = clauseSnippetFor(document, range, clause, context);
      item.documentation = new vscode.MarkdownString(describeInContext(clause, context));
      return item;
    });
  }
}

function isPolicy(document: vscode.TextDocument): boolean {
  const head = document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, 40), 0));
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(head)?.[1] ?? '';
  return POLICY_KEYS.test(frontMatter) || /<!--\s*clause:/.test(document.getText());
}

export function registerClauseCompletions(index: WorkspaceIndex, library: ClauseLibraryService): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, new ClauseCompletions(index, library), ':');
}
