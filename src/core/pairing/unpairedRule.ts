import { defineMessages, type MessageIdOf } from '../messages/catalog';
import type { CandidateReason } from './contentPairing';
import { defineRule } from '../rules/rule';
import { languageName } from '../parity/pairContext';
import { otherLang } from '../lang';
import { configFileOf } from '../libraries/librarySpec';

const messages = defineMessages({
  en: {
    unpairedFile: 'No {lang} counterpart found for this file (by translationKey, configured pairs, name suffix, parallel folder or content).',
    unpairedCandidate1: 'No {lang} counterpart found for this file; probably {candidate}: same {a}. Give both the same translationKey to pair them.',
    unpairedCandidate2: 'No {lang} counterpart found for this file; probably {candidate}: same {a} and {b}. Give both the same translationKey to pair them.',
    unpairedCandidate3: 'No {lang} counterpart found for this file; probably {candidate}: same {a}, {b} and {c}. Give both the same translationKey to pair them.',
    candidateHere: 'The probable {lang} counterpart.',
    reasonFm: 'front matter values',
    reasonDate: 'dates',
    reasonCode: 'code',
    reasonImg: 'images',
    reasonUrl: 'link addresses',
    reasonNum: 'numbers',
    reasonHtml: 'HTML elements',
    reasonHost: 'link hosts',
    reasonFileName: 'file name',
    reasonFolder: 'place in the tree',
    duplicateTranslationKey: 'translationKey “{key}” is also used by {other}, in the same language; only one of them can be paired.',
    mapEntryMissing: 'The configured pair {en} → {fr} names a file that was not found: {missing}.',
  },
  fr: {
    unpairedFile: 'Aucun pendant {lang} trouvé pour ce fichier (par translationKey, paires configurées, suffixe de nom, dossier parallèle ou contenu).',
    unpairedCandidate1: 'Aucun pendant {lang} trouvé pour ce fichier; probablement {candidate} (en commun\u00A0: {a}). Donnez aux deux la même translationKey pour les apparier.',
    unpairedCandidate2: 'Aucun pendant {lang} trouvé pour ce fichier; probablement {candidate} (en commun\u00A0: {a} et {b}). Donnez aux deux la même translationKey pour les apparier.',
    unpairedCandidate3: 'Aucun pendant {lang} trouvé pour ce fichier; probablement {candidate} (en commun\u00A0: {a}, {b} et {c}). Donnez aux deux la même translationKey pour les apparier.',
    candidateHere: 'Le pendant {lang} probable.',
    reasonFm: 'valeurs de front matter',
    reasonDate: 'dates',
    reasonCode: 'code',
    reasonImg: 'images',
    reasonUrl: 'adresses de liens',
    reasonNum: 'nombres',
    reasonHtml: 'éléments HTML',
    reasonHost: 'hôtes des liens',
    reasonFileName: 'nom de fichier',
    reasonFolder: 'place dans l’arborescence',
    duplicateTranslationKey: 'La translationKey «\u00A0{key}\u00A0» est aussi utilisée par {other}, dans la même langue; un seul des deux fichiers peut être apparié.',
    mapEntryMissing: 'La paire configurée {en} → {fr} désigne un fichier introuvable\u00A0: {missing}.',
  },
});

/** Each reason a candidate is probable, as the message that names it. */
const REASON_MESSAGES: Record<CandidateReason, MessageIdOf<typeof messages>> = {
  mark: 'reasonFm',
  fm: 'reasonFm',
  date: 'reasonDate',
  code: 'reasonCode',
  img: 'reasonImg',
  url: 'reasonUrl',
  num: 'reasonNum',
  html: 'reasonHtml',
  host: 'reasonHost',
  fileName: 'reasonFileName',
  folder: 'reasonFolder',
};

const START = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };

/** What pairing left over: files with no counterpart, duplicate translation keys, configured pairs naming missing files. */
export const unpairedRule = defineRule({
  ids: [{ id: 'unpaired', severity: 'warning', description: { en: 'Every file has its counterpart in the other language.', fr: 'Chaque fichier a son pendant dans l’autre langue.' }, docs: 'a file with no counterpart (with its probable counterpart when content and place in the tree suggest one), a duplicate `translationKey`, a configured pair naming a missing file' }],
  messages,
  project(ctx) {
    const { pairing, config } = ctx;
    for (const u of pairing.unpaired) {
      if (!ctx.readable.has(u.path)) continue;
      const lang = languageName(otherLang(u.lang));
      const c = u.candidate;
      if (!c || !c.reasons.length) {
        ctx.report('unpaired', { file: u.path, range: START }, 'unpairedFile', { lang });
        continue;
      }
      const [a, b, third] = c.reasons.slice(0, 3).map((r) => ({ messageId: REASON_MESSAGES[r] }));
      const args = { lang, candidate: `\`${c.path}\``, a, ...(b ? { b } : {}), ...(third ? { c: third } : {}) };
      const id = third ? 'unpairedCandidate3' : b ? 'unpairedCandidate2' : 'unpairedCandidate1';
      ctx.report('unpaired', { file: u.path, range: START }, id, args, { related: [{ file: c.path, range: START, messageId: 'candidateHere', args: { lang } }], data: { candidate: c.path, lang: u.lang } });
    }
    for (const d of pairing.duplicateKeys) ctx.report('unpaired', { file: d.path, range: START }, 'duplicateTranslationKey', { key: d.key, other: d.other });
    for (const m of pairing.missingMapEntries) {
      ctx.report('unpaired', { file: configFileOf(config) ?? m.en, range: START }, 'mapEntryMissing', { en: m.en, fr: m.fr, missing: m.missing.join(', ') });
    }
  },
});

