import { libraryProblemsRule } from '../libraries/libraryRule';
import { checklistMessages } from './checklistMessages';

/** The checklist files' own problems; `toolkit-check checklist` and the checklist panel report them. */
export const checklistRule = libraryProblemsRule(
  {
    id: 'checklist-library',
    severity: 'error',
    description: { en: 'Checklist files are valid.', fr: 'Les fichiers de listes de contrôle sont valides.' },
    docs: 'invalid checklist files (see [`checklists/README.md`](checklists/README.md))',
  },
  checklistMessages,
);
