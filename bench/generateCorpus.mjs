// Writes a deterministic synthetic bilingual corpus: pairs of English and French Markdown
// chapters with headings, paragraphs, lists, tables, links and numbers in both locales' formats.
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Mulberry32: a tiny seeded generator, so every run writes the same corpus. */
function random(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EN = {
  topics: ['Open data governance', 'Dataset inventory', 'Data quality', 'Community engagement', 'Licensing', 'Privacy review', 'Publishing schedule', 'Metadata standards'],
  sentences: [
    'The municipality publishes its datasets under an open licence so that residents and businesses can reuse them.',
    'Each department names a data steward who keeps the inventory current and answers questions from the public.',
    'Before release, every dataset goes through a privacy review and a quality check against the published standard.',
    'The open data lead reports to council every year on what was released, what was used and what comes next.',
    'Community partners help the city choose which datasets to publish first, based on demand and value.',
  ],
  link: (n) => `[the ${n} guide](https://www.canada.ca/en/treasury-board-secretariat/services/${n}.html)`,
  number: (v) => v.toLocaleString('en-CA'),
  money: (v) => '$' + v.toLocaleString('en-CA'),
  pct: (v) => `${String(v)}%`,
  date: (y, m, d) => `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} ${d}, ${y}`,
  words: { item: 'Item', budget: 'Budget', target: 'Target', due: 'Due', by: 'by', of: 'of', datasets: 'datasets', growth: 'growth' },
};
const FR = {
  topics: ['Gouvernance des données ouvertes', 'Inventaire des jeux de données', 'Qualité des données', 'Mobilisation de la collectivité', 'Licences', 'Examen de la protection de la vie privée', 'Calendrier de publication', 'Normes de métadonnées'],
  sentences: [
    'La municipalité publie ses jeux de données sous une licence ouverte afin que les résidents et les entreprises puissent les réutiliser.',
    'Chaque service désigne un intendant des données qui tient l’inventaire à jour et répond aux questions du public.',
    'Avant sa publication, chaque jeu de données fait l’objet d’un examen de la vie privée et d’un contrôle de qualité selon la norme publiée.',
    'Le responsable des données ouvertes rend compte au conseil chaque année de ce qui a été publié, utilisé et prévu.',
    'Des partenaires communautaires aident la ville à choisir les jeux de données à publier en premier, selon la demande et la valeur.',
  ],
  link: (n) => `[le guide ${n}](https://www.canada.ca/fr/secretariat-conseil-tresor/services/${n}.html)`,
  number: (v) => v.toLocaleString('fr-CA').replace(/\u202F/g, '\u00A0'),
  money: (v) => v.toLocaleString('fr-CA').replace(/\u202F/g, '\u00A0') + '\u00A0$',
  pct: (v) => `${String(v).replace('.', ',')}\u00A0%`,
  date: (y, m, d) => `${d} ${['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'][m - 1]} ${y}`,
  words: { item: 'Élément', budget: 'Budget', target: 'Cible', due: 'Échéance', by: 'd’ici le', of: 'de', datasets: 'jeux de données', growth: 'croissance' },
};

/** One chapter in both languages, about `lines` lines long. */
export function chapterPair(index, lines) {
  const rnd = random(index * 7919 + 17);
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const en = [`---\ntitle: Chapter ${index}\nlang: en\ntranslationKey: chapter-${index}\n---`, '', `# Chapter ${index}`, ''];
  const fr = [`---\ntitle: Chapitre ${index}\nlang: fr\ntranslationKey: chapter-${index}\n---`, '', `# Chapitre ${index}`, ''];
  let section = 0;
  while (en.length < lines) {
    const t = Math.floor(rnd() * EN.topics.length);
    section++;
    en.push(`## ${section}. ${EN.topics[t]}`, '');
    fr.push(`## ${section}. ${FR.topics[t]}`, '');
    const blocks = 3 + Math.floor(rnd() * 5);
    for (let b = 0; b < blocks; b++) {
      const kind = rnd();
      const count = Math.floor(rnd() * 5000) + 1000;
      const money = Math.floor(rnd() * 900) * 1000 + 250000;
      const pct = Math.floor(rnd() * 100) / 10;
      const y = 2025 + Math.floor(rnd() * 5);
      const m = 1 + Math.floor(rnd() * 12);
      const d = 1 + Math.floor(rnd() * 28);
      if (kind < 0.55) {
        const s = Math.floor(rnd() * EN.sentences.length);
        const s2 = Math.floor(rnd() * EN.sentences.length);
        const slug = `open-data-${Math.floor(rnd() * 50)}`;
        en.push(`${EN.sentences[s]} In total ${EN.number(count)} ${EN.words.datasets} and ${EN.money(money)} ${EN.words.by} ${EN.date(y, m, d)}, with ${EN.pct(pct)} ${EN.words.growth}. See ${EN.link(slug)}. ${EN.sentences[s2]}`, '');
        fr.push(`${FR.sentences[s]} Au total, ${FR.number(count)} ${FR.words.datasets} et ${FR.money(money)} ${FR.words.by} ${FR.date(y, m, d)}, avec ${FR.pct(pct)} de ${FR.words.growth}. Voir ${FR.link(slug)}. ${FR.sentences[s2]}`, '');
      } else if (kind < 0.8) {
        const items = 3 + Math.floor(rnd() * 5);
        for (let k = 0; k < items; k++) {
          const s = pick([0, 1, 2, 3, 4]);
          en.push(`- ${EN.sentences[s]} (${EN.number(count + k)})`);
          fr.push(`* ${FR.sentences[s]} (${FR.number(count + k)})`);
        }
        en.push('');
        fr.push('');
      } else {
        const rows = 3 + Math.floor(rnd() * 4);
        en.push(`| ${EN.words.item} | ${EN.words.budget} | ${EN.words.target} | ${EN.words.due} |`, '| --- | ---: | ---: | --- |');
        fr.push(`| ${FR.words.item} | ${FR.words.budget} | ${FR.words.target} | ${FR.words.due} |`, '| --- | ---: | ---: | --- |');
        for (let r = 0; r < rows; r++) {
          en.push(`| ${EN.topics[(t + r) % 8]} | ${EN.money(money + r * 1000)} | ${EN.pct(pct + r)} | ${y}-0${1 + (r % 9)}-15 |`);
          fr.push(`| ${FR.topics[(t + r) % 8]} | ${FR.money(money + r * 1000)} | ${FR.pct(pct + r)} | ${y}-0${1 + (r % 9)}-15 |`);
        }
        en.push('');
        fr.push('');
      }
    }
  }
  return { en: en.join('\n') + '\n', fr: fr.join('\n') + '\n' };
}

/** Writes `pairs` chapter pairs of about `lines` lines each under `dir` (emptied first). */
export function writeCorpus(dir, pairs, lines) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < pairs; i++) {
    const { en, fr } = chapterPair(i, lines);
    writeFileSync(join(dir, `chapter-${String(i).padStart(3, '0')}.en.md`), en);
    writeFileSync(join(dir, `chapter-${String(i).padStart(3, '0')}.fr.md`), fr);
    bytes += Buffer.byteLength(en) + Buffer.byteLength(fr);
  }
  return { files: pairs * 2, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'bench/.corpus/synthetic', pairs = '500', lines = '1000'] = process.argv.slice(2);
  const { files, bytes } = writeCorpus(dir, Number(pairs), Number(lines));
  console.log(`wrote ${files} files, ${(bytes / 1e6).toFixed(1)} MB, to ${dir}`);
}
