/**
 * The toolkit's chapter types: the ten topics the advisory committee set out (fundamentals,
 * governance, principles and policies, standards, use cases, infrastructure, operations,
 * community engagement, risk assessment, long-term planning), each with a skeleton suited to it.
 * Example content in the skeletons is there to be replaced; guidance notes are HTML comments.
 */
import type { Bilingual } from './format';
import type { CalloutKind, CaseStudy, Definition, DatasetDescription, EventPlan, Milestone, RiskRow, StakeholderRow, UseCase } from './blocks';

export const CHAPTER_TYPE_IDS = [
  'fundamentals', 'governance', 'principles-and-policies', 'standards', 'use-cases',
  'infrastructure', 'operations', 'community-engagement', 'risk-assessment', 'long-term-planning',
] as const;
export type ChapterTypeId = (typeof CHAPTER_TYPE_IDS)[number];

export type SectionBlock =
  | { kind: 'callout'; callout: CalloutKind; text: Bilingual }
  | { kind: 'caseStudy'; caseStudy: CaseStudy }
  | { kind: 'riskTable'; rows: RiskRow[] }
  | { kind: 'stakeholderMap'; rows: StakeholderRow[] }
  | { kind: 'dataset'; dataset: DatasetDescription }
  | { kind: 'useCase'; useCase: UseCase }
  | { kind: 'milestone'; milestone: Milestone }
  | { kind: 'event'; event: EventPlan }
  | { kind: 'checklist'; title: Bilingual; items: Bilingual[] }
  | { kind: 'definitions'; items: Definition[] }
  | { kind: 'list'; ordered: boolean; items: Bilingual[] };

export interface ChapterSection {
  heading: Bilingual;
  /** What the author should write here (rendered as an HTML comment). */
  guidance: Bilingual;
  blocks?: SectionBlock[];
}

export interface FurtherReading {
  title: Bilingual;
  /** The page in each language; the same address when there is only one. */
  url: Bilingual;
  /** Only in English: the French file says so, as Government of Canada sites do. */
  englishOnly?: boolean;
}

export interface ChapterType {
  id: ChapterTypeId;
  title: Bilingual;
  description: Bilingual;
  intro: Bilingual;
  objectives: Bilingual[];
  sections: ChapterSection[];
  takeaways: Bilingual[];
  furtherReading: FurtherReading[];
}

const DIRECTIVE: FurtherReading = {
  title: { en: 'Directive on Open Government', fr: 'Directive sur le gouvernement ouvert' },
  url: { en: 'https://www.tbs-sct.canada.ca/pol/doc-eng.aspx?id=28108', fr: 'https://www.tbs-sct.canada.ca/pol/doc-fra.aspx?id=28108' },
};
const CHARTER: FurtherReading = {
  title: { en: 'International Open Data Charter principles', fr: 'Principes de la Charte internationale sur les données ouvertes' },
  url: { en: 'https://opendatacharter.org/principles/', fr: 'https://opendatacharter.org/principles/' },
  englishOnly: true,
};
const SUNLIGHT: FurtherReading = {
  title: { en: 'Sunlight Foundation Open Data Policy Guidelines', fr: 'Lignes directrices de la Sunlight Foundation sur les politiques de données ouvertes' },
  url: { en: 'https://sunlightfoundation.com/opendataguidelines/', fr: 'https://sunlightfoundation.com/opendataguidelines/' },
  englishOnly: true,
};
const SERVICE_DIGITAL: FurtherReading = {
  title: { en: 'Policy on Service and Digital', fr: 'Politique sur les services et le numérique' },
  url: { en: 'https://www.tbs-sct.canada.ca/pol/doc-eng.aspx?id=32603', fr: 'https://www.tbs-sct.canada.ca/pol/doc-fra.aspx?id=32603' },
};

const TOWN = { en: 'Town of Example', fr: 'Ville Exemple' };

export const CHAPTER_TYPES: Record<ChapterTypeId, ChapterType> = {
  fundamentals: {
    id: 'fundamentals',
    title: { en: 'Open data fundamentals', fr: 'Notions fondamentales des données ouvertes' },
    description: {
      en: 'What open data is, why municipalities publish it and the words the rest of the toolkit uses.',
      fr: 'Ce que sont les données ouvertes, pourquoi les municipalités les publient et le vocabulaire employé dans la trousse.',
    },
    intro: {
      en: 'Say in two or three sentences what open data can do for residents, businesses and the municipality itself.',
      fr: 'Dites en deux ou trois phrases ce que les données ouvertes peuvent apporter aux résidents, aux entreprises et à la municipalité elle-même.',
    },
    objectives: [
      { en: 'Define open data and tell it apart from public information.', fr: 'Définir les données ouvertes et les distinguer de l’information publique.' },
      { en: 'Explain the benefits of open data for a municipality.', fr: 'Expliquer les avantages des données ouvertes pour une municipalité.' },
      { en: 'Use the toolkit’s key terms with confidence.', fr: 'Employer avec assurance les termes clés de la trousse.' },
    ],
    sections: [
      {
        heading: { en: 'What open data is', fr: 'Ce que sont les données ouvertes' },
        guidance: { en: 'Give a plain-language definition and one local example.', fr: 'Donnez une définition en langage clair et un exemple local.' },
      },
      {
        heading: { en: 'Why municipalities publish open data', fr: 'Pourquoi les municipalités publient des données ouvertes' },
        guidance: { en: 'Transparency, better services, economic development, savings on access requests.', fr: 'Transparence, meilleurs services, développement économique, économies sur les demandes d’accès.' },
        blocks: [{ kind: 'callout', callout: 'TIP', text: { en: 'Start with the datasets residents already ask for most often.', fr: 'Commencez par les jeux de données que les résidents demandent déjà le plus souvent.' } }],
      },
      {
        heading: { en: 'Key terms', fr: 'Termes clés' },
        guidance: { en: 'Keep the definitions short; link to the glossary for more.', fr: 'Gardez les définitions courtes; renvoyez au glossaire pour en savoir plus.' },
        blocks: [{
          kind: 'definitions',
          items: [
            { term: { en: 'Dataset', fr: 'Jeu de données' }, definition: { en: 'a collection of related data published as one unit.', fr: 'ensemble de données liées publié comme un tout.' } },
            { term: { en: 'Open licence', fr: 'Licence ouverte' }, definition: { en: 'a licence that lets anyone use, share and adapt the data.', fr: 'licence qui permet à quiconque d’utiliser, de partager et d’adapter les données.' } },
            { term: { en: 'Metadata', fr: 'Métadonnées' }, definition: { en: 'data that describes a dataset: its source, date, format and meaning.', fr: 'données qui décrivent un jeu de données\u00a0: sa source, sa date, son format et son sens.' } },
          ],
        }],
      },
    ],
    takeaways: [
      { en: 'Open data is free to access, use and share, under an open licence.', fr: 'Les données ouvertes sont libres d’accès, d’utilisation et de partage, sous une licence ouverte.' },
      { en: 'Publishing data serves residents and the municipality alike.', fr: 'La publication de données sert autant les résidents que la municipalité.' },
      { en: 'A shared vocabulary makes the rest of the work easier.', fr: 'Un vocabulaire commun facilite le reste du travail.' },
    ],
    furtherReading: [CHARTER, DIRECTIVE],
  },

  governance: {
    id: 'governance',
    title: { en: 'Governance', fr: 'Gouvernance' },
    description: {
      en: 'Who leads the open data program, who decides what is published, and how decisions are recorded.',
      fr: 'Qui dirige le programme de données ouvertes, qui décide de ce qui est publié et comment les décisions sont consignées.',
    },
    intro: {
      en: 'Explain why a program needs clear roles to last beyond its first champion.',
      fr: 'Expliquez pourquoi un programme a besoin de rôles clairs pour durer au-delà de son premier champion.',
    },
    objectives: [
      { en: 'Name the roles an open data program needs.', fr: 'Nommer les rôles dont un programme de données ouvertes a besoin.' },
      { en: 'Draft terms of reference for a steering group.', fr: 'Rédiger le mandat d’un comité directeur.' },
      { en: 'Set up a simple, recorded publication decision process.', fr: 'Mettre en place un processus simple et consigné de décision de publication.' },
    ],
    sections: [
      {
        heading: { en: 'Roles and responsibilities', fr: 'Rôles et responsabilités' },
        guidance: { en: 'Open data lead, data stewards in each department, a council champion.', fr: 'Responsable des données ouvertes, intendants des données dans chaque service, membre répondant du conseil.' },
      },
      {
        heading: { en: 'Steering group', fr: 'Comité directeur' },
        guidance: { en: 'Membership, how often it meets, what it decides.', fr: 'Composition, fréquence des réunions, décisions qui lui reviennent.' },
      },
      {
        heading: { en: 'Publication decisions', fr: 'Décisions de publication' },
        guidance: { en: 'Who approves a release and where the decision is recorded.', fr: 'Qui approuve une diffusion et où la décision est consignée.' },
        blocks: [{
          kind: 'caseStudy',
          caseStudy: {
            municipality: TOWN, province: 'ON', population: 25000,
            context: { en: 'Datasets were published by each department, with no common rules.', fr: 'Chaque service publiait ses jeux de données, sans règles communes.' },
            whatTheyDid: { en: 'The town named an open data lead and a steering group of five people.', fr: 'La ville a nommé une responsable des données ouvertes et un comité directeur de cinq personnes.' },
            results: { en: 'Release decisions now take two weeks instead of three months.', fr: 'Les décisions de diffusion prennent maintenant deux semaines au lieu de trois mois.' },
            lessons: [
              { en: 'A named lead matters more than a large budget.', fr: 'Une responsable désignée compte plus qu’un gros budget.' },
              { en: 'Record every decision, even the refusals.', fr: 'Consignez chaque décision, même les refus.' },
            ],
          },
        }],
      },
    ],
    takeaways: [
      { en: 'Name one accountable open data lead.', fr: 'Nommez une seule personne responsable des données ouvertes.' },
      { en: 'Give every department a data steward.', fr: 'Donnez un intendant des données à chaque service.' },
      { en: 'Record publication decisions where everyone can find them.', fr: 'Consignez les décisions de publication là où tout le monde peut les trouver.' },
    ],
    furtherReading: [DIRECTIVE],
  },

  'principles-and-policies': {
    id: 'principles-and-policies',
    title: { en: 'Principles and policies', fr: 'Principes et politiques' },
    description: {
      en: 'The principles behind open data and how to turn them into a municipal policy.',
      fr: 'Les principes des données ouvertes et la façon d’en faire une politique municipale.',
    },
    intro: {
      en: 'Explain how a policy makes open data the default rather than the exception.',
      fr: 'Expliquez comment une politique fait des données ouvertes la règle plutôt que l’exception.',
    },
    objectives: [
      { en: 'Describe the six principles of the International Open Data Charter.', fr: 'Décrire les six principes de la Charte internationale sur les données ouvertes.' },
      { en: 'List the parts of a municipal open data policy.', fr: 'Énumérer les parties d’une politique municipale sur les données ouvertes.' },
      { en: 'Assemble a draft policy from model clauses.', fr: 'Assembler une ébauche de politique à partir de clauses types.' },
    ],
    sections: [
      {
        heading: { en: 'Principles', fr: 'Principes' },
        guidance: { en: 'One sentence per principle, with what it means for the municipality.', fr: 'Une phrase par principe, avec ce qu’il signifie pour la municipalité.' },
        blocks: [{
          kind: 'list', ordered: true,
          items: [
            { en: 'Open by default.', fr: 'Ouvertes par défaut.' },
            { en: 'Timely and comprehensive.', fr: 'Opportunes et exhaustives.' },
            { en: 'Accessible and usable.', fr: 'Accessibles et utilisables.' },
            { en: 'Comparable and interoperable.', fr: 'Comparables et interopérables.' },
            { en: 'For improved governance and citizen engagement.', fr: 'Pour l’amélioration de la gouvernance et de la participation citoyenne.' },
            { en: 'For inclusive development and innovation.', fr: 'Pour le développement inclusif et l’innovation.' },
          ],
        }],
      },
      {
        heading: { en: 'What a policy contains', fr: 'Contenu d’une politique' },
        guidance: { en: 'Purpose, scope, definitions, statements, roles, review.', fr: 'Objet, champ d’application, définitions, énoncés, rôles, révision.' },
      },
      {
        heading: { en: 'Drafting the policy', fr: 'Rédaction de la politique' },
        guidance: { en: 'How to adapt model clauses to the municipality.', fr: 'Comment adapter les clauses types à la municipalité.' },
        blocks: [{ kind: 'callout', callout: 'NOTE', text: { en: 'Use “Insert policy clause…” to add model clauses in both languages.', fr: 'Utilisez «\u00a0Insérer une clause de politique…\u00a0» pour ajouter des clauses types dans les deux langues.' } }],
      },
    ],
    takeaways: [
      { en: 'Principles explain why; the policy says who does what.', fr: 'Les principes expliquent pourquoi; la politique dit qui fait quoi.' },
      { en: 'Open by default is the principle that changes practice most.', fr: 'L’ouverture par défaut est le principe qui change le plus les pratiques.' },
      { en: 'Model clauses save time and keep both languages aligned.', fr: 'Les clauses types font gagner du temps et gardent les deux langues alignées.' },
    ],
    furtherReading: [CHARTER, SUNLIGHT],
  },

  standards: {
    id: 'standards',
    title: { en: 'Standards', fr: 'Normes' },
    description: {
      en: 'Formats, metadata and data quality rules that make datasets easy to find and reuse.',
      fr: 'Les formats, les métadonnées et les règles de qualité qui rendent les jeux de données faciles à trouver et à réutiliser.',
    },
    intro: {
      en: 'Explain why consistent formats and metadata matter to people who reuse the data.',
      fr: 'Expliquez pourquoi des formats et des métadonnées cohérents comptent pour les personnes qui réutilisent les données.',
    },
    objectives: [
      { en: 'Choose open, machine-readable formats.', fr: 'Choisir des formats ouverts et lisibles par machine.' },
      { en: 'Describe a dataset with complete metadata.', fr: 'Décrire un jeu de données avec des métadonnées complètes.' },
      { en: 'Check a dataset against basic quality rules.', fr: 'Vérifier un jeu de données selon des règles de qualité de base.' },
    ],
    sections: [
      {
        heading: { en: 'Formats', fr: 'Formats' },
        guidance: { en: 'CSV for tables, GeoJSON for maps, JSON for APIs; avoid PDF for data.', fr: 'CSV pour les tableaux, GeoJSON pour les cartes, JSON pour les API; évitez le PDF pour les données.' },
      },
      {
        heading: { en: 'Metadata', fr: 'Métadonnées' },
        guidance: { en: 'The fields every dataset needs, with an example.', fr: 'Les champs dont chaque jeu de données a besoin, avec un exemple.' },
        blocks: [{
          kind: 'dataset',
          dataset: {
            title: { en: 'Building permits', fr: 'Permis de construction' },
            publisher: TOWN,
            licence: { en: 'Open Government Licence – Canada', fr: 'Licence du gouvernement ouvert – Canada' },
            formats: 'CSV, JSON',
            frequency: { en: 'Monthly', fr: 'Mensuelle' },
            description: { en: 'Permits issued, with address, type of work and value.', fr: 'Permis délivrés, avec l’adresse, le type de travaux et la valeur.' },
          },
        }],
      },
      {
        heading: { en: 'Data quality', fr: 'Qualité des données' },
        guidance: { en: 'Completeness, accuracy, consistency, timeliness.', fr: 'Exhaustivité, exactitude, cohérence, actualité.' },
        blocks: [{
          kind: 'checklist',
          title: { en: 'Quality check before release', fr: 'Vérification de la qualité avant la diffusion' },
          items: [
            { en: 'Column names are clear and documented.', fr: 'Les noms de colonnes sont clairs et documentés.' },
            { en: 'Dates use the YYYY-MM-DD format.', fr: 'Les dates suivent le format AAAA-MM-JJ.' },
            { en: 'No personal information remains.', fr: 'Il ne reste aucun renseignement personnel.' },
          ],
        }],
      },
    ],
    takeaways: [
      { en: 'Open formats let anyone use the data without special software.', fr: 'Les formats ouverts permettent à quiconque d’utiliser les données sans logiciel particulier.' },
      { en: 'Metadata is what makes a dataset findable.', fr: 'Ce sont les métadonnées qui permettent de trouver un jeu de données.' },
      { en: 'Check quality before every release, not after complaints.', fr: 'Vérifiez la qualité avant chaque diffusion, pas après les plaintes.' },
    ],
    furtherReading: [SERVICE_DIGITAL],
  },

  'use-cases': {
    id: 'use-cases',
    title: { en: 'Use cases', fr: 'Cas d’utilisation' },
    description: {
      en: 'How residents, businesses and staff use open data, and how to find and measure those uses.',
      fr: 'Comment les résidents, les entreprises et le personnel utilisent les données ouvertes, et comment repérer et mesurer ces utilisations.',
    },
    intro: {
      en: 'Open with a concrete example of open data solving a local problem.',
      fr: 'Commencez par un exemple concret de données ouvertes qui règlent un problème local.',
    },
    objectives: [
      { en: 'Recognize common municipal open data use cases.', fr: 'Reconnaître les cas d’utilisation courants des données ouvertes municipales.' },
      { en: 'Document a use case in a consistent way.', fr: 'Documenter un cas d’utilisation de façon uniforme.' },
      { en: 'Measure the impact of published data.', fr: 'Mesurer l’incidence des données publiées.' },
    ],
    sections: [
      {
        heading: { en: 'Finding use cases', fr: 'Repérer les cas d’utilisation' },
        guidance: { en: 'Access requests, calls to 311, questions from council, local developers.', fr: 'Demandes d’accès, appels au 311, questions du conseil, développeurs locaux.' },
      },
      {
        heading: { en: 'Documenting a use case', fr: 'Documenter un cas d’utilisation' },
        guidance: { en: 'Who, what they need, which data, what value it brings.', fr: 'Qui, ce dont ils ont besoin, quelles données, quelle valeur cela apporte.' },
        blocks: [{
          kind: 'useCase',
          useCase: {
            title: { en: 'Real-time bus arrivals', fr: 'Arrivées des autobus en temps réel' },
            who: { en: 'Riders and trip-planning apps', fr: 'Usagers et applications de planification de trajets' },
            need: { en: 'Know when the next bus will arrive.', fr: 'Savoir quand arrivera le prochain autobus.' },
            data: { en: 'GTFS schedules and vehicle positions', fr: 'Horaires GTFS et positions des véhicules' },
            value: { en: 'Shorter waits and fewer calls to customer service.', fr: 'Attentes plus courtes et moins d’appels au service à la clientèle.' },
          },
        }],
      },
      {
        heading: { en: 'Measuring impact', fr: 'Mesurer l’incidence' },
        guidance: { en: 'Downloads, apps built, access requests avoided, staff time saved.', fr: 'Téléchargements, applications créées, demandes d’accès évitées, temps de travail économisé.' },
      },
    ],
    takeaways: [
      { en: 'The best use cases start from a real question.', fr: 'Les meilleurs cas d’utilisation partent d’une vraie question.' },
      { en: 'Document use cases the same way every time.', fr: 'Documentez les cas d’utilisation toujours de la même façon.' },
      { en: 'Measure use to justify the next investment.', fr: 'Mesurez l’utilisation pour justifier le prochain investissement.' },
    ],
    furtherReading: [CHARTER],
  },

  infrastructure: {
    id: 'infrastructure',
    title: { en: 'Infrastructure', fr: 'Infrastructure' },
    description: {
      en: 'The portal, storage and tools that publish open data, and how to choose them.',
      fr: 'Le portail, le stockage et les outils qui servent à publier les données ouvertes, et la façon de les choisir.',
    },
    intro: {
      en: 'Explain that the right infrastructure depends on the size of the municipality, not on fashion.',
      fr: 'Expliquez que la bonne infrastructure dépend de la taille de la municipalité, et non des modes.',
    },
    objectives: [
      { en: 'Compare hosted and self-managed open data portals.', fr: 'Comparer les portails de données ouvertes hébergés et autogérés.' },
      { en: 'Plan storage, backups and access for published data.', fr: 'Planifier le stockage, les sauvegardes et l’accès aux données publiées.' },
      { en: 'Choose tools the municipality can maintain.', fr: 'Choisir des outils que la municipalité peut entretenir.' },
    ],
    sections: [
      {
        heading: { en: 'Open data portal', fr: 'Portail de données ouvertes' },
        guidance: { en: 'Hosted service, open source portal, or a page on the municipal website.', fr: 'Service hébergé, portail à code source ouvert ou page du site Web municipal.' },
      },
      {
        heading: { en: 'Storage and access', fr: 'Stockage et accès' },
        guidance: { en: 'Where files live, how they are backed up, how APIs are offered.', fr: 'Où résident les fichiers, comment ils sont sauvegardés, comment les API sont offertes.' },
      },
      {
        heading: { en: 'Choosing tools', fr: 'Choisir les outils' },
        guidance: { en: 'Criteria: cost, accessibility, bilingual interface, exit plan.', fr: 'Critères\u00a0: coût, accessibilité, interface bilingue, plan de sortie.' },
        blocks: [{
          kind: 'checklist',
          title: { en: 'Before choosing a portal', fr: 'Avant de choisir un portail' },
          items: [
            { en: 'The interface is available in English and French.', fr: 'L’interface est offerte en français et en anglais.' },
            { en: 'The portal meets the WCAG accessibility guidelines, level AA.', fr: 'Le portail respecte les règles d’accessibilité WCAG, niveau AA.' },
            { en: 'Data and metadata can be exported at any time.', fr: 'Les données et les métadonnées peuvent être exportées en tout temps.' },
          ],
        }],
      },
    ],
    takeaways: [
      { en: 'A simple, well-kept portal beats an ambitious abandoned one.', fr: 'Un portail simple et bien entretenu vaut mieux qu’un portail ambitieux laissé à l’abandon.' },
      { en: 'Plan backups and an exit strategy from the start.', fr: 'Prévoyez les sauvegardes et une stratégie de sortie dès le départ.' },
      { en: 'Accessibility and both official languages are requirements.', fr: 'L’accessibilité et les deux langues officielles sont des exigences.' },
    ],
    furtherReading: [SERVICE_DIGITAL],
  },

  operations: {
    id: 'operations',
    title: { en: 'Operations', fr: 'Opérations' },
    description: {
      en: 'The day-to-day work of an open data program: inventory, publication workflow and updates.',
      fr: 'Le travail quotidien d’un programme de données ouvertes\u00a0: répertoire, processus de publication et mises à jour.',
    },
    intro: {
      en: 'Describe what a normal month of open data work looks like.',
      fr: 'Décrivez à quoi ressemble un mois normal de travail sur les données ouvertes.',
    },
    objectives: [
      { en: 'Build and maintain a data inventory.', fr: 'Dresser et tenir à jour un répertoire de données.' },
      { en: 'Follow a repeatable publication workflow.', fr: 'Suivre un processus de publication reproductible.' },
      { en: 'Keep published datasets up to date.', fr: 'Tenir à jour les jeux de données publiés.' },
    ],
    sections: [
      {
        heading: { en: 'Data inventory', fr: 'Répertoire de données' },
        guidance: { en: 'What to record for each dataset, and who keeps the inventory.', fr: 'Ce qu’il faut consigner pour chaque jeu de données et qui tient le répertoire.' },
      },
      {
        heading: { en: 'Publication workflow', fr: 'Processus de publication' },
        guidance: { en: 'The steps from request to release, and who does each one.', fr: 'Les étapes de la demande à la diffusion, et qui s’occupe de chacune.' },
        blocks: [{
          kind: 'list', ordered: true,
          items: [
            { en: 'The data steward prepares the dataset and its metadata.', fr: 'L’intendant des données prépare le jeu de données et ses métadonnées.' },
            { en: 'The privacy review is completed.', fr: 'L’examen de la protection de la vie privée est effectué.' },
            { en: 'The open data lead approves the release.', fr: 'La personne responsable des données ouvertes approuve la diffusion.' },
            { en: 'The dataset is published and announced.', fr: 'Le jeu de données est publié et annoncé.' },
          ],
        }],
      },
      {
        heading: { en: 'Updates', fr: 'Mises à jour' },
        guidance: { en: 'Update schedules, automation, and what to do when an update is late.', fr: 'Calendriers de mise à jour, automatisation et marche à suivre en cas de retard.' },
        blocks: [{ kind: 'callout', callout: 'WARNING', text: { en: 'An outdated dataset does more harm than no dataset: say when it was last updated.', fr: 'Un jeu de données périmé nuit plus qu’une absence de données\u00a0: indiquez la date de sa dernière mise à jour.' } }],
      },
    ],
    takeaways: [
      { en: 'The inventory is the backbone of the program.', fr: 'Le répertoire est la colonne vertébrale du programme.' },
      { en: 'The same workflow every time makes releases faster.', fr: 'Un même processus à chaque fois accélère les diffusions.' },
      { en: 'Automate updates wherever you can.', fr: 'Automatisez les mises à jour partout où c’est possible.' },
    ],
    furtherReading: [DIRECTIVE],
  },

  'community-engagement': {
    id: 'community-engagement',
    title: { en: 'Community engagement', fr: 'Mobilisation de la collectivité' },
    description: {
      en: 'Working with residents, businesses and community groups so that open data meets real needs.',
      fr: 'Travailler avec les résidents, les entreprises et les groupes communautaires pour que les données ouvertes répondent à de vrais besoins.',
    },
    intro: {
      en: 'Explain that publishing data is only half the work: people need to know it exists and be heard.',
      fr: 'Expliquez que publier des données n’est que la moitié du travail\u00a0: les gens doivent savoir qu’elles existent et être entendus.',
    },
    objectives: [
      { en: 'Map the stakeholders of the open data program.', fr: 'Dresser la carte des parties prenantes du programme de données ouvertes.' },
      { en: 'Plan an inclusive engagement event.', fr: 'Planifier une activité de mobilisation inclusive.' },
      { en: 'Close the loop by reporting back what was heard.', fr: 'Boucler la boucle en rendant compte de ce qui a été entendu.' },
    ],
    sections: [
      {
        heading: { en: 'Who to engage', fr: 'Qui mobiliser' },
        guidance: { en: 'Start with groups who already use municipal data, then reach further.', fr: 'Commencez par les groupes qui utilisent déjà les données municipales, puis élargissez.' },
        blocks: [{
          kind: 'stakeholderMap',
          rows: [
            { stakeholder: { en: 'Council', fr: 'Conseil municipal' }, interest: { en: 'Transparency and cost', fr: 'Transparence et coûts' }, influence: 'high', approach: 'involve' },
            { stakeholder: { en: 'Local businesses', fr: 'Entreprises locales' }, interest: { en: 'New services built on the data', fr: 'Nouveaux services fondés sur les données' }, influence: 'medium', approach: 'consult' },
            { stakeholder: { en: 'Community groups', fr: 'Groupes communautaires' }, interest: { en: 'Data about their neighbourhood', fr: 'Données sur leur quartier' }, influence: 'medium', approach: 'collaborate' },
          ],
        }],
      },
      {
        heading: { en: 'Engagement events', fr: 'Activités de mobilisation' },
        guidance: { en: 'Format, place, languages and accessibility.', fr: 'Format, lieu, langues et accessibilité.' },
        blocks: [{
          kind: 'event',
          event: {
            title: { en: 'Open data open house', fr: 'Journée portes ouvertes sur les données ouvertes' },
            format: { en: 'Open house', fr: 'Journée portes ouvertes' },
            date: '2026-10-15',
            audience: { en: 'Residents, local businesses and students', fr: 'Résidents, entreprises locales et étudiants' },
            goals: { en: 'Learn which datasets people want first.', fr: 'Savoir quels jeux de données les gens veulent en premier.' },
            budget: 1500,
            followUp: { en: 'Publish a summary of what we heard within 30 days.', fr: 'Publier un résumé de ce que nous avons entendu dans les 30 jours.' },
          },
        }],
      },
      {
        heading: { en: 'Reporting back', fr: 'Rendre compte' },
        guidance: { en: 'What was heard, what will change, and when.', fr: 'Ce qui a été entendu, ce qui changera et quand.' },
      },
    ],
    takeaways: [
      { en: 'Engage the people who will use the data before publishing it.', fr: 'Mobilisez les personnes qui utiliseront les données avant de les publier.' },
      { en: 'Hold events in both official languages and accessible places.', fr: 'Tenez les activités dans les deux langues officielles et dans des lieux accessibles.' },
      { en: 'Always report back on what you heard.', fr: 'Rendez toujours compte de ce que vous avez entendu.' },
    ],
    furtherReading: [CHARTER],
  },

  'risk-assessment': {
    id: 'risk-assessment',
    title: { en: 'Risk assessment', fr: 'Évaluation des risques' },
    description: {
      en: 'Identifying, rating and reducing the risks of publishing data, privacy first.',
      fr: 'Cerner, évaluer et réduire les risques liés à la publication de données, à commencer par la protection de la vie privée.',
    },
    intro: {
      en: 'Explain that most risks can be managed, and that not publishing has risks too.',
      fr: 'Expliquez que la plupart des risques peuvent être gérés et que ne pas publier comporte aussi des risques.',
    },
    objectives: [
      { en: 'Identify the risks of publishing a dataset.', fr: 'Cerner les risques liés à la publication d’un jeu de données.' },
      { en: 'Rate each risk by likelihood and impact.', fr: 'Évaluer chaque risque selon sa probabilité et son incidence.' },
      { en: 'Choose a mitigation for each significant risk.', fr: 'Choisir une mesure d’atténuation pour chaque risque important.' },
    ],
    sections: [
      {
        heading: { en: 'Identifying risks', fr: 'Cerner les risques' },
        guidance: { en: 'Privacy, security, quality, legal and reputational risks.', fr: 'Risques liés à la vie privée, à la sécurité, à la qualité, au droit et à la réputation.' },
      },
      {
        heading: { en: 'Rating and mitigating risks', fr: 'Évaluer et atténuer les risques' },
        guidance: { en: 'Fill in the table for each dataset or group of datasets.', fr: 'Remplissez le tableau pour chaque jeu ou groupe de jeux de données.' },
        blocks: [{
          kind: 'riskTable',
          rows: [
            { risk: { en: 'Personal information published by mistake', fr: 'Publication par erreur de renseignements personnels' }, likelihood: 'low', impact: 'high', mitigation: { en: 'Privacy review before every release', fr: 'Examen de la protection de la vie privée avant chaque diffusion' } },
            { risk: { en: 'Dataset no longer updated', fr: 'Jeu de données qui n’est plus mis à jour' }, likelihood: 'medium', impact: 'medium', mitigation: { en: 'Named data steward and update schedule', fr: 'Intendant des données désigné et calendrier de mise à jour' } },
            { risk: { en: 'Data misinterpreted by users', fr: 'Données mal interprétées par les utilisateurs' }, likelihood: 'medium', impact: 'low', mitigation: { en: 'Clear metadata and a contact address', fr: 'Métadonnées claires et adresse de contact' } },
          ],
        }],
      },
      {
        heading: { en: 'Privacy', fr: 'Protection de la vie privée' },
        guidance: { en: 'Provincial privacy law, de-identification, aggregation thresholds.', fr: 'Loi provinciale sur la protection de la vie privée, dépersonnalisation, seuils d’agrégation.' },
        blocks: [{ kind: 'callout', callout: 'WARNING', text: { en: 'Never publish a dataset before its privacy review is complete.', fr: 'Ne publiez jamais un jeu de données avant la fin de son examen de la protection de la vie privée.' } }],
      },
    ],
    takeaways: [
      { en: 'Rate every risk by likelihood and impact.', fr: 'Évaluez chaque risque selon sa probabilité et son incidence.' },
      { en: 'Privacy review comes before every release.', fr: 'L’examen de la protection de la vie privée précède chaque diffusion.' },
      { en: 'Not publishing is also a decision with risks.', fr: 'Ne pas publier est aussi une décision qui comporte des risques.' },
    ],
    furtherReading: [DIRECTIVE],
  },

  'long-term-planning': {
    id: 'long-term-planning',
    title: { en: 'Long-term planning', fr: 'Planification à long terme' },
    description: {
      en: 'A roadmap, funding and measures that keep the open data program going for years.',
      fr: 'Une feuille de route, un financement et des mesures qui font durer le programme de données ouvertes pendant des années.',
    },
    intro: {
      en: 'Explain how a roadmap turns a pilot into a lasting program.',
      fr: 'Expliquez comment une feuille de route transforme un projet pilote en programme durable.',
    },
    objectives: [
      { en: 'Write a vision for the open data program.', fr: 'Rédiger une vision pour le programme de données ouvertes.' },
      { en: 'Build a roadmap with dated milestones.', fr: 'Établir une feuille de route avec des jalons datés.' },
      { en: 'Plan stable funding and measures of maturity.', fr: 'Prévoir un financement stable et des mesures de maturité.' },
    ],
    sections: [
      {
        heading: { en: 'Vision', fr: 'Vision' },
        guidance: { en: 'Where the program should be in 5 years.', fr: 'Où le programme devrait en être dans 5 ans.' },
      },
      {
        heading: { en: 'Roadmap', fr: 'Feuille de route' },
        guidance: { en: 'Three to six milestones, each with a date, a lead and a measure.', fr: 'De trois à six jalons, chacun avec une date, une personne responsable et une mesure.' },
        blocks: [{
          kind: 'milestone',
          milestone: {
            quarter: 1, year: 2027, title: { en: 'Launch the open data portal', fr: 'Lancer le portail de données ouvertes' },
            targetDate: '2027-03-31', lead: { en: 'Open data lead', fr: 'Responsable des données ouvertes' },
            status: { en: 'In progress', fr: 'En cours' },
            deliverables: { en: 'Portal online with 25 datasets', fr: 'Portail en ligne avec 25 jeux de données' },
            measure: { en: 'Every dataset has complete metadata', fr: 'Chaque jeu de données a des métadonnées complètes' },
          },
        }],
      },
      {
        heading: { en: 'Funding and sustainability', fr: 'Financement et pérennité' },
        guidance: { en: 'Operating budget rather than one-time grants; shared services with neighbours.', fr: 'Budget de fonctionnement plutôt que subventions ponctuelles; services partagés avec les municipalités voisines.' },
      },
    ],
    takeaways: [
      { en: 'A roadmap with dates and leads keeps the program on track.', fr: 'Une feuille de route avec des dates et des responsables garde le programme sur la bonne voie.' },
      { en: 'Fund open data from the operating budget.', fr: 'Financez les données ouvertes à même le budget de fonctionnement.' },
      { en: 'Review the plan every year.', fr: 'Révisez le plan chaque année.' },
    ],
    furtherReading: [DIRECTIVE, CHARTER],
  },
};

/** The chapter type with this id, or undefined for an unknown id. */
export function getChapterType(id: string): ChapterType | undefined {
  return (CHAPTER_TYPE_IDS as readonly string[]).includes(id) ? CHAPTER_TYPES[id as ChapterTypeId] : undefined;
}
