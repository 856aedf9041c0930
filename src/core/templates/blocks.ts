/**
 * The toolkit's recurring blocks, rendered as Markdown lines in one language from bilingual
 * data. The same function renders both languages, so the English and French files have the same
 * structure by construction; only words and number formats differ.
 */
import { formatDate, formatDollars, formatNumber, label, NBSP, type Bilingual, type Lang } from './format';

export type Level = 'low' | 'medium' | 'high';
export type CalloutKind = 'NOTE' | 'TIP' | 'IMPORTANT' | 'WARNING' | 'CAUTION';
export type Iap2Level = 'inform' | 'consult' | 'involve' | 'collaborate' | 'empower';

const LEVEL: Record<Level, Bilingual> = {
  low: { en: 'Low', fr: 'Faible' },
  medium: { en: 'Medium', fr: 'Moyenne' },
  high: { en: 'High', fr: 'Élevée' },
};
const IAP2: Record<Iap2Level, Bilingual> = {
  inform: { en: 'Inform', fr: 'Informer' },
  consult: { en: 'Consult', fr: 'Consulter' },
  involve: { en: 'Involve', fr: 'Impliquer' },
  collaborate: { en: 'Collaborate', fr: 'Collaborer' },
  empower: { en: 'Empower', fr: 'Habiliter' },
};
const WORDS = {
  caseStudy: { en: 'Case study', fr: 'Étude de cas' },
  population: { en: 'Population', fr: 'Population' },
  context: { en: 'Context', fr: 'Contexte' },
  whatTheyDid: { en: 'What they did', fr: 'Démarche' },
  results: { en: 'Results', fr: 'Résultats' },
  lessons: { en: 'Lessons', fr: 'Leçons' },
  risk: { en: 'Risk', fr: 'Risque' },
  likelihood: { en: 'Likelihood', fr: 'Probabilité' },
  impact: { en: 'Impact', fr: 'Incidence' },
  mitigation: { en: 'Mitigation', fr: 'Mesure d’atténuation' },
  stakeholder: { en: 'Stakeholder', fr: 'Partie prenante' },
  interest: { en: 'Interest', fr: 'Intérêt' },
  influence: { en: 'Influence', fr: 'Influence' },
  approach: { en: 'Engagement approach', fr: 'Approche de mobilisation' },
  field: { en: 'Field', fr: 'Champ' },
  value: { en: 'Value', fr: 'Valeur' },
  title: { en: 'Title', fr: 'Titre' },
  publisher: { en: 'Publisher', fr: 'Éditeur' },
  licence: { en: 'Licence', fr: 'Licence' },
  formats: { en: 'Formats', fr: 'Formats' },
  frequency: { en: 'Update frequency', fr: 'Fréquence de mise à jour' },
  description: { en: 'Description', fr: 'Description' },
  useCase: { en: 'Use case', fr: 'Cas d’utilisation' },
  who: { en: 'Who', fr: 'Qui' },
  need: { en: 'Need', fr: 'Besoin' },
  dataUsed: { en: 'Data used', fr: 'Données utilisées' },
  benefit: { en: 'Value', fr: 'Valeur' },
  targetDate: { en: 'Target date', fr: 'Date cible' },
  lead: { en: 'Lead', fr: 'Responsable' },
  status: { en: 'Status', fr: 'État' },
  deliverables: { en: 'Deliverables', fr: 'Livrables' },
  measure: { en: 'Measure of success', fr: 'Mesure du succès' },
  format: { en: 'Format', fr: 'Format' },
  date: { en: 'Date', fr: 'Date' },
  audience: { en: 'Audience', fr: 'Public' },
  goals: { en: 'Goals', fr: 'Objectifs' },
  budget: { en: 'Budget', fr: 'Budget' },
  followUp: { en: 'Follow-up', fr: 'Suivi' },
} satisfies Record<string, Bilingual>;

const w = (key: keyof typeof WORDS, lang: Lang) => WORDS[key][lang];
/** `**Label:** text` with the French no-break space inside the bold label. */
const field = (key: keyof typeof WORDS, text: string, lang: Lang) => `- **${label(w(key, lang), lang)}** ${text}`;

export interface CaseStudy {
  municipality: Bilingual;
  province: string;
  population: number;
  context: Bilingual;
  whatTheyDid: Bilingual;
  results: Bilingual;
  lessons: Bilingual[];
}

export function caseStudy(c: CaseStudy, lang: Lang): string[] {
  return [
    `### ${label(w('caseStudy', lang), lang)} ${c.municipality[lang]}, ${c.province}`, '',
    `**${label(w('population', lang), lang)}** ${formatNumber(c.population, lang)}`, '',
    `#### ${w('context', lang)}`, '', c.context[lang], '',
    `#### ${w('whatTheyDid', lang)}`, '', c.whatTheyDid[lang], '',
    `#### ${w('results', lang)}`, '', c.results[lang], '',
    `#### ${w('lessons', lang)}`, '', ...c.lessons.map((l) => `- ${l[lang]}`),
  ];
}

export interface RiskRow {
  risk: Bilingual;
  likelihood: Level;
  impact: Level;
  mitigation: Bilingual;
}

export function riskTable(rows: RiskRow[], lang: Lang): string[] {
  return [
    `| ${w('risk', lang)} | ${w('likelihood', lang)} | ${w('impact', lang)} | ${w('mitigation', lang)} |`,
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.risk[lang]} | ${LEVEL[r.likelihood][lang]} | ${LEVEL[r.impact][lang]} | ${r.mitigation[lang]} |`),
  ];
}

export interface StakeholderRow {
  stakeholder: Bilingual;
  interest: Bilingual;
  influence: Level;
  approach: Iap2Level;
}

export function stakeholderMap(rows: StakeholderRow[], lang: Lang): string[] {
  return [
    `| ${w('stakeholder', lang)} | ${w('interest', lang)} | ${w('influence', lang)} | ${w('approach', lang)} |`,
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.stakeholder[lang]} | ${r.interest[lang]} | ${LEVEL[r.influence][lang]} | ${IAP2[r.approach][lang]} |`),
  ];
}

export interface DatasetDescription {
  title: Bilingual;
  publisher: Bilingual;
  licence: Bilingual;
  formats: string;
  frequency: Bilingual;
  description: Bilingual;
}

export function datasetDescription(d: DatasetDescription, lang: Lang): string[] {
  return [
    `### ${d.title[lang]}`, '',
    `| ${w('field', lang)} | ${w('value', lang)} |`, '| --- | --- |',
    `| ${w('title', lang)} | ${d.title[lang]} |`,
    `| ${w('publisher', lang)} | ${d.publisher[lang]} |`,
    `| ${w('licence', lang)} | ${d.licence[lang]} |`,
    `| ${w('formats', lang)} | ${d.formats} |`,
    `| ${w('frequency', lang)} | ${d.frequency[lang]} |`,
    `| ${w('description', lang)} | ${d.description[lang]} |`,
  ];
}

export interface UseCase {
  title: Bilingual;
  who: Bilingual;
  need: Bilingual;
  data: Bilingual;
  value: Bilingual;
}

export function useCase(u: UseCase, lang: Lang): string[] {
  return [
    `### ${label(w('useCase', lang), lang)} ${u.title[lang]}`, '',
    field('who', u.who[lang], lang), field('need', u.need[lang], lang), field('dataUsed', u.data[lang], lang), field('benefit', u.value[lang], lang),
  ];
}

export interface Milestone {
  quarter: 1 | 2 | 3 | 4;
  year: number;
  title: Bilingual;
  /** ISO date. */
  targetDate: string;
  lead: Bilingual;
  status: Bilingual;
  deliverables: Bilingual;
  measure: Bilingual;
}

export function milestone(m: Milestone, lang: Lang): string[] {
  const quarter = `${lang === 'en' ? 'Q' : 'T'}${m.quarter} ${m.year}`;
  return [
    `### ${label(quarter, lang)} ${m.title[lang]}`, '',
    field('targetDate', formatDate(m.targetDate, lang), lang), field('lead', m.lead[lang], lang), field('status', m.status[lang], lang),
    field('deliverables', m.deliverables[lang], lang), field('measure', m.measure[lang], lang),
  ];
}

export interface EventPlan {
  title: Bilingual;
  format: Bilingual;
  /** ISO date. */
  date: string;
  audience: Bilingual;
  goals: Bilingual;
  budget: number;
  followUp: Bilingual;
}

export function eventPlan(e: EventPlan, lang: Lang): string[] {
  return [
    `### ${e.title[lang]}`, '',
    field('format', e.format[lang], lang), field('date', formatDate(e.date, lang), lang), field('audience', e.audience[lang], lang),
    field('goals', e.goals[lang], lang), field('budget', formatDollars(e.budget, lang), lang), field('followUp', e.followUp[lang], lang),
  ];
}

export function checklist(title: Bilingual, items: Bilingual[], lang: Lang): string[] {
  return [`### ${title[lang]}`, '', ...items.map((i) => `- [ ] ${i[lang]}`)];
}

/** GitHub alert syntax; the marker stays in English in both languages, as GitHub requires. */
export function callout(kind: CalloutKind, text: Bilingual, lang: Lang): string[] {
  return [`> [!${kind}]`, `> ${text[lang]}`];
}

export interface Definition {
  term: Bilingual;
  definition: Bilingual;
}

export function definitions(items: Definition[], lang: Lang): string[] {
  return items.map((d) => `- **${d.term[lang]}**${lang === 'fr' ? NBSP : ''}: ${d.definition[lang]}`);
}

/** A guidance note for the author, invisible once rendered. */
export function guidance(text: Bilingual, lang: Lang): string[] {
  return [`<!-- ${label(lang === 'en' ? 'Guidance' : 'Conseils', lang)} ${text[lang]} -->`];
}
