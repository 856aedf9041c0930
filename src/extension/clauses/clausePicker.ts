import * as vscode from 'vscode';
import type { LoadedClause } from '../../core/clauses/index';
import { getEngine } from '../engine/engine';
import type { ClauseContext } from './clauseContext';
import { ClausePreview } from './clausePreview';

interface ClauseItem extends vscode.QuickPickItem {
  clause?: LoadedClause;
}

/**
 * A quick pick of the library's clauses in the document's language, grouped by category.
 * Search covers the title (label), the id and sources (description) and the start of the
 * text (detail); the preview beside follows the highlighted clause.
 */
export function pickClause(context: ClauseContext, extensionUri: vscode.Uri): Promise<LoadedClause | undefined> {
  const engine = getEngine();
  const { lang, catalogue } = context;
  const clauses = catalogue.library.clauses;
  const items: ClauseItem[] = [];
  for (const category of engine.clauses.sortCategories(clauses.map((c) => c.category))) {
    items.push({ label: engine.clauses.categoryName(category, lang), kind: vscode.QuickPickItemKind.Separator });
    for (const clause of clauses.filter((c) => c.category === category)) {
      items.push({
        label: clause.title[lang],
        description: `${clause.id} · ${clause.sources.join(', ')}`,
        detail: engine.clauses.clauseExcerpt(clause, lang, context.values),
        clause,
      });
    }
  }
  const pick = vscode.window.createQuickPick<ClauseItem>();
  pick.title = vscode.l10n.t('Insert policy clause');
  pick.placeholder = vscode.l10n.t('Search clauses by title, text or source (e.g. sunlight-v3:11, odc:1, privacy)');
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  // The preview beside takes focus for a moment when it opens; the picker must stay.
  pick.ignoreFocusOut = true;
  pick.items = items;
  let preview: ClausePreview | undefined;
  return new Promise((resolve) => {
    let chosen: LoadedClause | undefined;
    pick.onDidChangeActive(([item]) => {
      if (!item?.clause) return;
      preview ??= new ClausePreview(extensionUri);
      void preview.show(item.clause, context);
    });
    pick.onDidAccept(() => {
      chosen = pick.selectedItems[0]?.clause;
      pick.hide();
    });
    pick.onDidHide(() => {
      preview?.dispose();
      pick.dispose();
      resolve(chosen);
    });
    pick.show();
  });
}
