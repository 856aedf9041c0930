import type { ParsedDocument } from '../markdown/documentModel';
import { defineRule } from '../rules/rule';
import { clauseMessages } from './clauseMessages';
import { checkClauseDocument, compareClauseSets, type DocumentClauseCheck, type LibraryLookup } from './clauseDrift';
import { mentionsClauses } from './clauseMention';

/** Each document's clause check, done once whether the document is checked alone or in its pair. */
const checked = new WeakMap<ParsedDocument, DocumentClauseCheck>();

function clauseCheck(doc: ParsedDocument, library: LibraryLookup): DocumentClauseCheck {
  let result = checked.get(doc);
  if (!result) checked.set(doc, (result = checkClauseDocument({ file: doc.path, text: doc.text, lang: doc.lang }, library)));
  return result;
}

/**
 * Inserted policy clauses (see clauses/README.md): each file's markers, unknown clauses, older
 * versions and drift from the library text; the clause sets of a pair compared; the library's
 * own problems. Findings come graded from the clause engine.
 */
export const clauseRule = defineRule({
  ids: [
    { id: 'clause-library', severity: 'error', graded: true, description: { en: 'Clause files, profiles and the source registry are valid.', fr: 'Les fichiers de clauses, les profils et le registre des sources sont valides.' }, docs: 'invalid clause files, profiles or source registry (see [`clauses/README.md`](clauses/README.md))' },
    { id: 'clause-markers', severity: 'error', graded: true, description: { en: 'Clause markers are closed, versioned, not nested, and name clauses of the library.', fr: 'Les marqueurs de clause sont fermés, versionnés, non imbriqués et désignent des clauses de la bibliothèque.' }, docs: 'clause markers that are unclosed, nested, unversioned or name no clause of the library' },
    { id: 'clause-drift', severity: 'info', description: { en: 'An inserted clause still says what the library text says.', fr: 'Une clause insérée dit toujours ce que dit le texte de la bibliothèque.' }, docs: 'an inserted clause whose text drifted from its template (a marker flagged `adapted` keeps the wording and is not reported; a newer library version still is)' },
    { id: 'clause-version', severity: 'info', description: { en: 'Inserted clauses are at the library’s current version.', fr: 'Les clauses insérées sont à la version actuelle de la bibliothèque.' }, docs: 'an inserted clause at an older (or unknown newer) version of the library' },
    { id: 'clause-pairing', severity: 'warning', graded: true, description: { en: 'Both files of a pair hold the same clauses, at the same versions, in the same order.', fr: 'Les deux fichiers d’une paire contiennent les mêmes clauses, aux mêmes versions, dans le même ordre.' }, docs: 'clause sets that differ between the English and French files (missing, other version, other order)' },
    { id: 'clause-assembly', severity: 'error', graded: true, description: { en: 'A profile can be assembled: its clauses exist and its questions are answered.', fr: 'Un profil peut être assemblé\u00A0: ses clauses existent et ses questions ont une réponse.' }, docs: 'a profile that cannot be assembled: a clause missing, a question unanswered' },
  ],
  messages: clauseMessages,
  document(ctx) {
    const library = ctx.options.clauses;
    // Without a known language, a clause cannot be compared with its template's text either.
    if (!library || !ctx.languageKnown || !mentionsClauses(ctx.doc.text)) return;
    for (const f of clauseCheck(ctx.doc, library).findings) ctx.reportGraded(f as typeof f & { rule: 'clause-markers' });
  },
  pair(ctx) {
    const library = ctx.options.clauses;
    if (!library || (!mentionsClauses(ctx.en.text) && !mentionsClauses(ctx.fr.text))) return;
    const a = clauseCheck(ctx.en, library);
    const b = clauseCheck(ctx.fr, library);
    for (const f of compareClauseSets({ file: ctx.en.path, clauses: a.clauses }, { file: ctx.fr.path, clauses: b.clauses })) ctx.reportGraded(f as typeof f & { rule: 'clause-pairing' });
  },
  project(ctx) {
    for (const f of ctx.libraryProblems) if (f.rule === 'clause-library') ctx.reportGraded(f as typeof f & { rule: 'clause-library' });
  },
});
