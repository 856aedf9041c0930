import { defineRule } from '../rules/rule';
import { checklistMessages } from './checklistMessages';

/**
 * The checklist files' own problems (invalid YAML, a field the schema refuses, an item id used
 * twice). Checklists are read by `toolkit-check checklist` and the checklist panel, which
 * report these findings; registering the rule gives them a severity, a setting and messages.
 */
export const checklistRule = defineRule({
  ids: [
    {
      id: 'checklist-library',
      severity: 'error',
      description: { en: 'Checklist files are valid.', fr: 'Les fichiers de listes de contrôle sont valides.' },
      docs: 'invalid checklist files (see [`checklists/README.md`](checklists/README.md))',
    },
  ],
  messages: checklistMessages,
  project(ctx) {
    for (const f of ctx.libraryProblems) if (f.rule === 'checklist-library') ctx.reportGraded(f as typeof f & { rule: 'checklist-library' });
  },
});
