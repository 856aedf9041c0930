import { defineMessages } from '../messages/catalog';
import { defineRule } from '../rules/rule';
import { languageName } from '../parity/pairContext';
import { otherLang } from '../lang';
import { configFileOf } from '../libraries/librarySpec';

const messages = defineMessages({
  en: {
    unpairedFile: 'No {lang} counterpart found for this file (by translationKey, configured pairs, name suffix or parallel folder).',
    duplicateTranslationKey: 'translationKey “{key}” is also used by {other}, in the same language; only one of them can be paired.',
    mapEntryMissing: 'The configured pair {en} → {fr} names a file that was not found: {missing}.',
  },
  fr: {
    unpairedFile: 'Aucun pendant {lang} trouvé pour ce fichier (par translationKey, paires configurées, suffixe de nom ou dossier parallèle).',
    duplicateTranslationKey: 'La translationKey «\u00A0{key}\u00A0» est aussi utilisée par {other}, dans la même langue; un seul des deux fichiers peut être apparié.',
    mapEntryMissing: 'La paire configurée {en} → {fr} désigne un fichier introuvable\u00A0: {missing}.',
  },
});

const START = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };

/** What pairing left over: files with no counterpart, duplicate translation keys, configured pairs naming missing files. */
export const unpairedRule = defineRule({
  ids: [{ id: 'unpaired', severity: 'warning', description: { en: 'Every file has its counterpart in the other language.', fr: 'Chaque fichier a son pendant dans l’autre langue.' }, docs: 'a file with no counterpart, a duplicate `translationKey`, a configured pair naming a missing file' }],
  messages,
  project(ctx) {
    const { pairing, config } = ctx;
    for (const u of pairing.unpaired) {
      if (ctx.readable.has(u.path)) ctx.report('unpaired', { file: u.path, range: START }, 'unpairedFile', { lang: languageName(otherLang(u.lang)) });
    }
    for (const d of pairing.duplicateKeys) ctx.report('unpaired', { file: d.path, range: START }, 'duplicateTranslationKey', { key: d.key, other: d.other });
    for (const m of pairing.missingMapEntries) {
      ctx.report('unpaired', { file: configFileOf(config) ?? m.en, range: START }, 'mapEntryMissing', { en: m.en, fr: m.fr, missing: m.missing.join(', ') });
    }
  },
});

