import type { MessageCatalog } from './catalog';
import { SHARED_MESSAGES } from './sharedMessages';
import { RULES } from '../rules/registry';
import { configMessages } from '../config/configMessages';
import { xliffMessages } from '../xliff/xliffMessages';
import { checklistReportMessages } from '../checklists/report/reportMessages';

/**
 * Every catalogue of the engine, in one place: the shared words, each rule's messages (the
 * clause rule's are the clause library's), the configuration's, the XLIFF import's, the checklist report's. A front end adds its own
 * (see createFormatter).
 */
export const CORE_CATALOGS: readonly MessageCatalog[] = [SHARED_MESSAGES, ...RULES.map((r) => r.messages as MessageCatalog), configMessages, xliffMessages, checklistReportMessages];
