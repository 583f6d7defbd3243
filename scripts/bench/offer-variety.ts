// Word lists that turn the 50 hand-written demo offers (prisma/seed-data.ts) into 100,000 varied
// ones for the search benchmark: places, enterprises, title variants, extra sentences and skills.

/** [city, country, currency, weight]: big cities hold most offers, as on real job boards. */
export const PLACES: [string, string, string, number][] = [
  ["Paris", "FR", "EUR", 30], ["Lyon", "FR", "EUR", 12], ["Toulouse", "FR", "EUR", 7], ["Marseille", "FR", "EUR", 5],
  ["Bordeaux", "FR", "EUR", 6], ["Lille", "FR", "EUR", 5], ["Nantes", "FR", "EUR", 5], ["Grenoble", "FR", "EUR", 4],
  ["Rennes", "FR", "EUR", 4], ["Strasbourg", "FR", "EUR", 3], ["Montpellier", "FR", "EUR", 3], ["Nice", "FR", "EUR", 2],
  ["Saint-Étienne", "FR", "EUR", 1], ["Clermont-Ferrand", "FR", "EUR", 1], ["Annecy", "FR", "EUR", 1], ["Orléans", "FR", "EUR", 1],
  ["Brest", "FR", "EUR", 1], ["Besançon", "FR", "EUR", 1], ["Nancy", "FR", "EUR", 1], ["Rouen", "FR", "EUR", 1],
  ["Brussels", "BE", "EUR", 3], ["Liège", "BE", "EUR", 1], ["Genève", "CH", "CHF", 2], ["Lausanne", "CH", "CHF", 1],
  ["Zürich", "CH", "CHF", 1], ["Berlin", "DE", "EUR", 2], ["München", "DE", "EUR", 1], ["Barcelona", "ES", "EUR", 2],
  ["Madrid", "ES", "EUR", 1], ["London", "GB", "GBP", 2], ["Amsterdam", "NL", "EUR", 1], ["Milano", "IT", "EUR", 1],
  ["Luxembourg", "LU", "EUR", 1], ["Casablanca", "MA", "MAD", 2], ["Rabat", "MA", "MAD", 1], ["Tunis", "TN", "TND", 1],
  ["Alger", "DZ", "DZD", 1], ["Montréal", "CA", "USD", 1], ["Dakar", "SN", "EUR", 1], ["Québec", "CA", "USD", 1],
];

const NAME_STARTS = ["Nova", "Alti", "Azur", "Bleu", "Cap", "Delta", "Écho", "Ferro", "Géo", "Hexa", "Iris", "Kéa", "Lumi", "Méta", "Néo", "Opti", "Pyrè", "Quanti", "Rhô", "Sigma"];
const NAME_ENDS = ["tech", "soft", "lab", " Systèmes", " Conseil", " Industries", " Logistique", "data", " Énergie", "médias", " Finance", " Santé", "log", " Robotique", "com"];
export const SECTORS = ["Services numériques", "Industrie", "Conseil", "Banque et assurance", "Santé", "Énergie", "Commerce", "Transport et logistique", "Médias", "Secteur public"];

/** 300 distinct enterprise names: every start × end. */
export const enterpriseNames = () => NAME_STARTS.flatMap((start) => NAME_ENDS.map((end) => `${start}${end}`));

export const TITLE_SUFFIXES = {
  fr: ["", "", "", " (H/F)", " – stage de fin d'études", " – 6 mois", " – 4 à 6 mois", " – césure", " – pré-embauche possible", " junior"],
  en: ["", "", "", " – 6 months", " (final-year internship)", " – summer 2027", " – gap year", " – graduate track"],
};

/** Extra sentences that widen the vocabulary beyond the 50 templates. */
export const EXTRA_SENTENCES = {
  fr: [
    "Vous présenterez vos travaux lors d'une démonstration devant l'équipe de direction.",
    "Une première expérience en entreprise, même courte, est appréciée.",
    "Le poste est ouvert aux étudiant·e·s en école d'ingénieurs, de commerce ou à l'université.",
    "Nos bureaux sont accessibles en transports en commun et disposent d'un parking vélo.",
    "Vous participerez à la veille technologique et partagerez vos découvertes en interne.",
    "La maîtrise de l'anglais écrit est nécessaire pour échanger avec nos filiales.",
    "Vous travaillerez en lien avec les équipes commerciales, juridiques et financières.",
    "Le stage comprend une formation aux outils internes pendant la première semaine.",
    "Nous privilégions la qualité, la sécurité et la documentation de ce qui est livré.",
    "Des déplacements ponctuels sur les sites de nos clients sont à prévoir.",
    "Vous serez associé·e aux décisions d'architecture et aux choix d'outils.",
    "Notre démarche RSE guide nos choix de fournisseurs et nos projets internes.",
  ],
  en: [
    "You will present your work in a demo to the leadership team.",
    "A first work experience, even a short one, is a plus.",
    "The position is open to students from engineering schools, business schools and universities.",
    "Our offices are close to public transport and have secure bike parking.",
    "You will keep an eye on new technologies and share what you learn with the team.",
    "Fluent written French is helpful to work with our headquarters.",
    "You will work alongside the sales, legal and finance teams.",
    "The internship starts with a week of training on our internal tools.",
    "We care about quality, security and documenting what we ship.",
    "Occasional travel to client sites is expected.",
    "You will take part in architecture decisions and tooling choices.",
    "Our sustainability policy guides our supplier choices and internal projects.",
  ],
};

/** Skills beyond the demo list, so the skills facet has a long tail. */
export const EXTRA_SKILLS = [
  "Go", "Rust", "Kotlin", "Swift", "PHP", "Ruby", "Scala", "R", "Spark", "Kafka", "PostgreSQL", "MongoDB", "Redis",
  "Terraform", "Azure", "Google Cloud", "GraphQL", "Vue.js", "Angular", "Django", "Flask", "Spring Boot", ".NET",
  "Tableau", "Looker", "dbt", "Airflow", "TensorFlow", "PyTorch", "NLP", "Computer vision", "Deep learning",
  "SIEM", "ISO 27001", "Cryptography", "Illustrator", "Photoshop", "InDesign", "Webflow", "HubSpot", "Salesforce",
  "CRM", "Emailing", "Community management", "Brand strategy", "Audit", "IFRS", "Consolidation", "VBA", "Risk management",
  "AutoCAD", "Abaqus", "Ansys", "Six Sigma", "ERP", "Procurement", "Warehouse management", "Transport planning",
  "Arduino", "Embedded C", "PLC", "LabVIEW", "Electronics", "Power systems", "Biochemistry", "Cell culture",
  "Labour law", "Contract law", "Recruitment", "Payroll", "Public relations", "Event management", "Video editing",
];

/** The fields of the offer vocabulary that the 50 templates do not use, with a title stem per language. */
export const OTHER_FIELDS: [field: string, fr: string, en: string, skills: string[]][] = [
  ["Electrical engineering", "Stage ingénieur·e électronique embarquée", "Embedded Electronics Intern", ["Electronics", "Embedded C", "Arduino"]],
  ["Chemistry", "Stage chimiste formulation", "Formulation Chemistry Intern", ["Biochemistry", "Project management"]],
  ["Biology", "Stage biologie cellulaire", "Cell Biology Research Intern", ["Cell culture", "Biochemistry", "Statistics"]],
  ["Law", "Stage juriste droit des affaires", "Corporate Law Intern", ["Contract law", "Labour law"]],
  ["Human resources", "Stage chargé·e de recrutement", "HR and Recruitment Intern", ["Recruitment", "Payroll", "Excel"]],
  ["Communication", "Stage chargé·e de communication", "Communications Intern", ["Public relations", "Social media", "Copywriting"]],
  ["Other", "Stage assistant·e chef de projet", "Project Assistant Intern", ["Project management", "Excel"]],
];
