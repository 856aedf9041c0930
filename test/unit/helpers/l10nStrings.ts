import * as ts from 'typescript';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/**
 * Every message passed to `vscode.l10n.t(...)` under `dir`, found with the TypeScript parser
 * (a string literal or a template without substitutions as first argument).
 */
export function l10nStrings(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles(dir)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && node.expression.getText(source).replace(/\s/g, '') === 'vscode.l10n.t') {
        const first = node.arguments[0];
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) found.set(first.text, file);
        else if (first) found.set(`<non-literal in ${file}: ${first.getText(source)}>`, file);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
