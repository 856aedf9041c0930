import type { MessageArgs } from '../findings';
import type { Lang } from '../lang';
import { fillTemplate, type MessageCatalog } from './catalog';
import { CORE_CATALOGS } from './coreCatalogs';

export interface MessageFormatter {
  /** The template of a message; an unknown id comes back as the id itself, so nothing is lost. */
  template(id: string, lang: Lang): string;
  /** A message in `lang` with its `{slots}` filled. */
  format(id: string, args: MessageArgs | undefined, lang: Lang): string;
  has(id: string): boolean;
}

/** A formatter over the core catalogues and a front end's own (the command line's, say). */
export function createFormatter(extra: readonly MessageCatalog[] = []): MessageFormatter {
  const byId = new Map<string, MessageCatalog>();
  for (const catalog of [...CORE_CATALOGS, ...extra]) for (const id of Object.keys(catalog.en)) byId.set(id, catalog);
  const template = (id: string, lang: Lang) => (byId.get(id) as MessageCatalog<string> | undefined)?.[lang][id] ?? id;
  return {
    template,
    format: (id, args, lang) => fillTemplate(template(id, lang), args, lang, template),
    has: (id) => byId.has(id),
  };
}

const core = createFormatter();

/** A core message (rules, configuration, clauses) in `lang`. */
export function formatMessage(id: string, args: MessageArgs | undefined, lang: Lang): string {
  return core.format(id, args, lang);
}

export function messageTemplate(id: string, lang: Lang): string {
  return core.template(id, lang);
}
