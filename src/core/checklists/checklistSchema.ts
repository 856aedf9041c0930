import checklistSchema from '../../../schemas/checklist.schema.json';
import { lazyValidator } from '../libraries/lazyValidator';

export { checklistSchema };

export const checklistValidator = lazyValidator(checklistSchema);
