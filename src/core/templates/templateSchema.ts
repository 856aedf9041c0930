import chapterTemplateSchema from '../../../schemas/chapter-template.schema.json';
import { lazyValidator } from '../libraries/lazyValidator';

export { chapterTemplateSchema };

export const chapterTemplateValidator = lazyValidator(chapterTemplateSchema);
