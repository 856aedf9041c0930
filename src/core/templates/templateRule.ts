import { libraryProblemsRule } from '../libraries/libraryRule';
import { templateMessages } from './templateMessages';

/** The chapter template files' own problems; the editor reports them where “New toolkit chapter…” reads the templates. */
export const templateRule = libraryProblemsRule(
  {
    id: 'template-library',
    severity: 'error',
    description: { en: 'Chapter template files are valid.', fr: 'Les fichiers de modèles de chapitre sont valides.' },
    docs: 'invalid chapter template files (see [`templates/README.md`](templates/README.md))',
  },
  templateMessages,
);
