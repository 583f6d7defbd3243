// Bulky, deterministic content for the demo data built by `seedDemoData` (prisma/seed.ts).
// Every enterprise, person and e-mail address here is fictional; sites and mailboxes live under
// demo.stagiaire.app so that nothing points at a real organisation.
import type {
  ApplicationStatus,
  EnterpriseSize,
  ProgramLevel,
  RejectionReason,
  RemoteMode,
} from "@/lib/generated/prisma/client";
import type { OFFER_FIELDS } from "@/lib/offers/offer-options";

export const DEMO_DOMAIN = "demo.stagiaire.app";

/** An offer field (the "field" facet of the search); students' preferences use the same set. */
type Field = (typeof OFFER_FIELDS)[number];

export const SKILLS = [
  "TypeScript",
  "JavaScript",
  "React",
  "Node.js",
  "Java",
  "Python",
  "SQL",
  "Git",
  "Docker",
  "Kubernetes",
  "AWS",
  "Linux",
  "HTML/CSS",
  "C/C++",
  "Machine learning",
  "Statistics",
  "Power BI",
  "Data visualisation",
  "Excel",
  "Network security",
  "Penetration testing",
  "Figma",
  "UX research",
  "Adobe Creative Suite",
  "SEO",
  "Google Analytics",
  "Social media",
  "Copywriting",
  "Market research",
  "Financial modelling",
  "Accounting",
  "SAP",
  "SolidWorks",
  "CATIA",
  "Finite element analysis",
  "MATLAB",
  "Lean manufacturing",
  "Project management",
] as const;
export type SkillName = (typeof SKILLS)[number];

export const UNIVERSITY = {
  name: "Université Claude Bernard Lyon 1",
  shortName: "UCBL",
  city: "Lyon",
  country: "FR",
  website: "https://www.univ-lyon1.fr",
  departments: [
    {
      name: "Informatique",
      programs: [
        { name: "Licence Informatique", level: "BACHELOR" },
        { name: "Master Informatique", level: "MASTER" },
      ],
    },
    {
      name: "Génie industriel",
      programs: [
        { name: "Diplôme d'ingénieur Mécanique (Polytech Lyon)", level: "ENGINEERING" },
        { name: "Master Génie industriel", level: "MASTER" },
      ],
    },
  ],
} satisfies {
  name: string;
  shortName: string;
  city: string;
  country: string;
  website: string;
  departments: { name: string; programs: { name: string; level: ProgramLevel }[] }[];
};

export type PersonSeed = { name: string; local: string };

export const SYSTEM_ADMIN: PersonSeed = { name: "Équipe Stagiaire", local: "admin" };
export const UNIVERSITY_ADMIN = {
  name: "Sophie Martin",
  local: "universite",
  title: "Responsable du service des stages",
};
export const SUPERVISOR = {
  name: "Thomas Bernard",
  local: "encadrant",
  title: "Maître de conférences en informatique",
};

export type EnterpriseSeed = {
  name: string;
  slug: string;
  registrationNumber: string;
  sector: string;
  size: EnterpriseSize;
  description: string;
  location: { city: string; country: string; address: string };
  contact: {
    name: string;
    position: string;
    phone: string;
    /** Mailbox under the enterprise's demo domain. */ local: string;
  };
  certification: { name: string; issuer: string; year: number };
  members: (PersonSeed & { role: "ADMIN" | "RECRUITER" })[];
  /** One sentence about the team the intern joins, per language; appended to each offer description. */
  team: { fr: string; en: string };
  benefits: { fr: string; en: string };
};

export const ENTERPRISES: EnterpriseSeed[] = [
  {
    name: "Numeria",
    slug: "numeria",
    registrationNumber: "81234567800021",
    sector: "Services numériques",
    size: "MEDIUM",
    description:
      "Numeria est une entreprise de services numériques lyonnaise de 600 collaborateurs qui conçoit et maintient des applications pour les collectivités, la santé et la banque. Nous accueillons chaque année une quarantaine de stagiaires, encadrés par un tuteur technique et intégrés à une vraie équipe projet.",
    location: { city: "Lyon", country: "FR", address: "42 quai Perrache, 69002 Lyon" },
    contact: {
      name: "Claire Dubois",
      position: "Responsable recrutement",
      phone: "+33 4 72 10 20 30",
      local: "claire.dubois",
    },
    certification: { name: "ISO/IEC 27001", issuer: "AFNOR Certification", year: 2024 },
    members: [
      { name: "Claire Dubois", local: "rh", role: "ADMIN" },
      { name: "Julien Moreau", local: "recrutement", role: "RECRUITER" },
    ],
    team: {
      fr: "Vous serez encadré·e par un·e développeur·se senior et travaillerez au sein d'une équipe agile de six à huit personnes.",
      en: "You will be mentored by a senior engineer and work in an agile team of six to eight people.",
    },
    benefits: {
      fr: "Tickets restaurant, remboursement à 75 % des transports, deux jours de télétravail par semaine, ordinateur portable fourni.",
      en: "Meal vouchers, 75% of public transport refunded, two remote days a week, laptop provided.",
    },
  },
  {
    name: "Alpes Mécatronique",
    slug: "alpes-mecatronique",
    registrationNumber: "53298765400017",
    sector: "Industrie – mécatronique et équipements",
    size: "MEDIUM",
    description:
      "Alpes Mécatronique conçoit et fabrique des actionneurs et des sous-ensembles mécatroniques pour l'aéronautique, le ferroviaire et la robotique. Basée à Grenoble depuis 1987, l'entreprise compte 450 salariés répartis sur trois sites en France et en Allemagne.",
    location: { city: "Grenoble", country: "FR", address: "15 avenue des Martyrs, 38000 Grenoble" },
    contact: {
      name: "Marc Lefèvre",
      position: "Directeur des ressources humaines",
      phone: "+33 4 76 40 50 60",
      local: "marc.lefevre",
    },
    certification: { name: "ISO 9001", issuer: "Bureau Veritas", year: 2023 },
    members: [{ name: "Nathalie Girard", local: "rh", role: "ADMIN" }],
    team: {
      fr: "Vous rejoindrez le bureau d'études et serez accompagné·e par un·e ingénieur·e expérimenté·e, en lien étroit avec l'atelier de production.",
      en: "You will join the engineering office, be supervised by an experienced engineer and work closely with the production workshop.",
    },
    benefits: {
      fr: "Restaurant d'entreprise, prime de fin de stage, accès au comité d'entreprise, aide au logement pour les stagiaires venant de loin.",
      en: "Company canteen, end-of-internship bonus, works council benefits, housing support for interns relocating.",
    },
  },
  {
    name: "Maison Verdier",
    slug: "maison-verdier",
    registrationNumber: "44187654300045",
    sector: "Biens de consommation – cosmétiques",
    size: "LARGE",
    description:
      "Maison Verdier est un groupe français de cosmétiques naturels présent dans 25 pays, avec 2 300 collaborateurs et des filiales à Berlin, Barcelone et Bruxelles. Certifiée B Corp, la marque s'engage sur des formules sobres, des emballages recyclables et une chaîne d'approvisionnement traçable.",
    location: { city: "Paris", country: "FR", address: "18 rue de la Chaussée-d'Antin, 75009 Paris" },
    contact: {
      name: "Inès Fontaine",
      position: "Talent acquisition lead",
      phone: "+33 1 53 20 30 40",
      local: "ines.fontaine",
    },
    certification: { name: "B Corp", issuer: "B Lab", year: 2022 },
    members: [{ name: "Léa Rousseau", local: "rh", role: "ADMIN" }],
    team: {
      fr: "Vous intégrerez une équipe internationale et bénéficierez d'un parcours d'intégration commun à tous les stagiaires du groupe.",
      en: "You will join an international team and follow an onboarding programme shared by all the group's interns.",
    },
    benefits: {
      fr: "Tickets restaurant, produits de la marque offerts, télétravail partiel, afterworks de la communauté des stagiaires.",
      en: "Meal vouchers, free products, partial remote work, regular events with the intern community.",
    },
  },
];

export type OfferSeed = {
  /** Index into ENTERPRISES. */
  e: 0 | 1 | 2;
  lang: "fr" | "en";
  title: string;
  field: Field;
  city: string;
  country: string;
  level: "Bac+3" | "Bac+4" | "Bac+5";
  skills: SkillName[];
  /** Two sentences; the seed adds the enterprise's team sentence and a closing one. */
  summary: string;
  missions: string[];
  remote?: RemoteMode;
};

export const OFFERS: OfferSeed[] = [
  // ── Numeria ──
  {
    e: 0,
    lang: "fr",
    title: "Stage développeur·se full-stack TypeScript",
    field: "Software engineering",
    city: "Lyon",
    country: "FR",
    level: "Bac+5",
    skills: ["TypeScript", "React", "Node.js", "Git"],
    summary:
      "Au sein de l'équipe produit, vous participerez au développement d'une plateforme de réservation utilisée par plus de 200 collectivités. Vous interviendrez aussi bien sur le front-end React que sur l'API Node.js, avec des mises en production plusieurs fois par semaine.",
    missions: [
      "Développer de nouvelles fonctionnalités en TypeScript (React, Node.js)",
      "Écrire des tests automatisés et participer aux revues de code",
      "Améliorer les performances et l'accessibilité de l'interface",
      "Participer aux rituels agiles de l'équipe",
    ],
  },
  {
    e: 0,
    lang: "en",
    title: "Backend Engineering Intern (Java / Spring)",
    field: "Software engineering",
    city: "Paris",
    country: "FR",
    level: "Bac+5",
    skills: ["Java", "SQL", "Docker", "Git"],
    summary:
      "You will join the team building the payment-reconciliation service for one of our banking clients. The service processes several million transactions a day, so reliability and clean design matter as much as delivery speed.",
    missions: [
      "Design and implement REST endpoints with Java and Spring Boot",
      "Write integration tests against a containerised database",
      "Take part in incident reviews and technical design discussions",
      "Document the APIs you build",
    ],
  },
  {
    e: 0,
    lang: "fr",
    title: "Stage développement mobile React Native",
    field: "Software engineering",
    city: "Nantes",
    country: "FR",
    level: "Bac+4",
    skills: ["TypeScript", "React", "JavaScript"],
    summary:
      "Vous rejoindrez l'agence nantaise qui conçoit les applications mobiles de nos clients du secteur de la santé. Vous contribuerez à une application de suivi de patients publiée sur iOS et Android.",
    missions: [
      "Développer des écrans et des composants réutilisables en React Native",
      "Intégrer les API du back-end et gérer le mode hors ligne",
      "Corriger les anomalies remontées par les utilisateurs",
      "Participer aux tests sur appareils réels",
    ],
  },
  {
    e: 0,
    lang: "en",
    title: "DevOps / Cloud Intern",
    field: "Software engineering",
    city: "Lyon",
    country: "FR",
    level: "Bac+5",
    skills: ["Docker", "Kubernetes", "AWS", "Linux", "Python"],
    summary:
      "Our platform team runs the infrastructure behind forty client applications on AWS. You will help migrate the remaining virtual machines to Kubernetes and automate what is still done by hand.",
    missions: [
      "Containerise legacy applications and write Helm charts",
      "Improve CI/CD pipelines and deployment dashboards",
      "Automate routine operations with Python scripts",
      "Write runbooks for the support team",
    ],
  },
  {
    e: 0,
    lang: "fr",
    title: "Stage ingénieur·e qualité logicielle",
    field: "Software engineering",
    city: "Bordeaux",
    country: "FR",
    level: "Bac+5",
    skills: ["JavaScript", "Python", "Git"],
    summary:
      "Vous intégrerez l'équipe qualité qui garantit la fiabilité des logiciels livrés à nos clients publics. Vous mettrez en place des tests de bout en bout et suivrez les indicateurs de qualité des projets.",
    missions: [
      "Concevoir et automatiser des scénarios de tests de bout en bout",
      "Intégrer les tests dans la chaîne d'intégration continue",
      "Analyser les anomalies avec les développeurs",
      "Produire un tableau de bord qualité par projet",
    ],
  },
  {
    e: 0,
    lang: "en",
    title: "Frontend Developer Intern (React)",
    field: "Software engineering",
    city: "Brussels",
    country: "BE",
    level: "Bac+3",
    skills: ["React", "TypeScript", "HTML/CSS"],
    summary:
      "Our Brussels office builds citizen-facing portals for European public institutions. You will implement accessible, multilingual interfaces from the design team's mock-ups.",
    missions: [
      "Build React components that meet WCAG 2.1 AA",
      "Handle translations for four languages",
      "Work with designers on a shared component library",
      "Fix visual regressions reported by testers",
    ],
  },
  {
    e: 0,
    lang: "fr",
    title: "Stage développeur·se Python – API et automatisation",
    field: "Software engineering",
    city: "Lille",
    country: "FR",
    level: "Bac+3",
    skills: ["Python", "SQL", "Git", "Docker"],
    summary:
      "Vous rejoindrez une équipe de quatre développeurs qui automatise les échanges de données entre les systèmes d'un grand distributeur. Vous concevrez des API et des scripts d'intégration robustes.",
    missions: [
      "Développer des API en Python (FastAPI)",
      "Écrire des traitements d'import et d'export de données",
      "Mettre en place la supervision des flux",
      "Rédiger la documentation technique",
    ],
  },
  {
    e: 0,
    lang: "en",
    title: "Software Engineering Intern – Internal Tools",
    field: "Software engineering",
    city: "Lyon",
    country: "FR",
    level: "Bac+4",
    skills: ["TypeScript", "Node.js", "SQL", "Git"],
    remote: "REMOTE",
    summary:
      "Our internal tools team builds the applications that 600 consultants use every day to staff projects and log their time. You will own a feature from specification to release.",
    missions: [
      "Gather needs from consultants and managers",
      "Implement the feature end to end in TypeScript",
      "Write migrations and tests",
      "Present your work at the monthly demo",
    ],
  },
  {
    e: 0,
    lang: "fr",
    title: "Stage data analyst – pilotage de l'activité",
    field: "Data science",
    city: "Lyon",
    country: "FR",
    level: "Bac+5",
    skills: ["SQL", "Power BI", "Python", "Excel"],
    summary:
      "Vous accompagnerez la direction financière dans la construction de tableaux de bord de pilotage. Vous fiabiliserez les données issues du CRM et de l'ERP et automatiserez les reportings mensuels.",
    missions: [
      "Recueillir les besoins des directions métiers",
      "Modéliser les données et écrire les requêtes SQL",
      "Construire des tableaux de bord Power BI",
      "Automatiser les reportings mensuels",
    ],
  },
  {
    e: 0,
    lang: "en",
    title: "Machine Learning Engineer Intern – NLP",
    field: "Data science",
    city: "Paris",
    country: "FR",
    level: "Bac+5",
    skills: ["Python", "Machine learning", "SQL", "Docker"],
    summary:
      "You will work on a document-classification engine that sorts incoming mail for insurance clients. The goal of the internship is to evaluate recent language models against the current system and ship the best one.",
    missions: [
      "Build a labelled evaluation set with the business team",
      "Benchmark classical and transformer-based models",
      "Package the chosen model as a service",
      "Monitor its accuracy in production",
    ],
  },
  {
    e: 0,
    lang: "fr",
    title: "Stage data engineer",
    field: "Data science",
    city: "Nantes",
    country: "FR",
    level: "Bac+5",
    skills: ["Python", "SQL", "AWS", "Docker"],
    summary:
      "Vous rejoindrez l'équipe data qui construit les pipelines d'un client du secteur de l'énergie. Vous participerez à la migration d'un entrepôt de données historique vers une architecture moderne dans le cloud.",
    missions: [
      "Développer des pipelines d'ingestion en Python",
      "Modéliser les tables de l'entrepôt de données",
      "Mettre en place des contrôles de qualité des données",
      "Optimiser les coûts de traitement",
    ],
  },
  {
    e: 0,
    lang: "en",
    title: "Data Visualisation Intern",
    field: "Data science",
    city: "Brussels",
    country: "BE",
    level: "Bac+4",
    skills: ["Data visualisation", "SQL", "Power BI", "Excel"],
    summary:
      "A European agency asked us to publish open-data dashboards on public procurement. You will turn raw datasets into clear, accessible visualisations for a non-specialist audience.",
    missions: [
      "Clean and join open datasets",
      "Design dashboards with the agency's analysts",
      "Write short explanatory texts for each chart",
      "Check the dashboards' accessibility",
    ],
  },
  {
    e: 0,
    lang: "fr",
    title: "Stage analyste cybersécurité SOC",
    field: "Cybersecurity",
    city: "Lyon",
    country: "FR",
    level: "Bac+5",
    skills: ["Network security", "Linux", "Python"],
    summary:
      "Vous intégrerez notre centre opérationnel de sécurité, qui surveille les systèmes d'information d'une trentaine de clients. Vous analyserez des alertes réelles aux côtés d'analystes confirmés et améliorerez les règles de détection.",
    missions: [
      "Qualifier les alertes de sécurité et escalader les incidents",
      "Écrire de nouvelles règles de détection",
      "Automatiser des tâches d'investigation en Python",
      "Rédiger des rapports d'incident",
    ],
  },
  {
    e: 0,
    lang: "en",
    title: "Penetration Testing Intern",
    field: "Cybersecurity",
    city: "Paris",
    country: "FR",
    level: "Bac+5",
    skills: ["Penetration testing", "Network security", "Linux", "Python"],
    summary:
      "Join our offensive security team, which audits web applications and internal networks for clients in finance and healthcare. You will take part in real engagements under the supervision of certified pentesters.",
    missions: [
      "Prepare and run web application tests",
      "Help with internal network audits",
      "Write clear findings and remediation advice",
      "Build small tools to speed up recurring checks",
    ],
  },
  {
    e: 0,
    lang: "fr",
    title: "Stage gouvernance et conformité cybersécurité",
    field: "Cybersecurity",
    city: "Lille",
    country: "FR",
    level: "Bac+5",
    skills: ["Network security", "Project management", "Excel"],
    summary:
      "Vous accompagnerez nos consultants dans la mise en conformité de clients avec la directive NIS 2 et la norme ISO 27001. Vous participerez aux analyses de risques et à la rédaction des politiques de sécurité.",
    missions: [
      "Réaliser des états des lieux de conformité",
      "Participer aux ateliers d'analyse de risques",
      "Rédiger des politiques et procédures de sécurité",
      "Suivre les plans d'action chez les clients",
    ],
  },
  {
    e: 0,
    lang: "en",
    title: "Cloud Security Intern",
    field: "Cybersecurity",
    city: "Lyon",
    country: "FR",
    level: "Bac+5",
    skills: ["AWS", "Network security", "Kubernetes", "Linux"],
    summary:
      "Our clients increasingly run sensitive workloads on AWS and Kubernetes. You will review their cloud configurations and help build automated checks that catch misconfigurations early.",
    missions: [
      "Audit AWS accounts against CIS benchmarks",
      "Write policy-as-code rules for Kubernetes",
      "Integrate security checks into CI pipelines",
      "Present findings to client teams",
    ],
  },
  {
    e: 0,
    lang: "fr",
    title: "Stage UX/UI designer",
    field: "Design",
    city: "Lyon",
    country: "FR",
    level: "Bac+4",
    skills: ["Figma", "UX research", "Adobe Creative Suite"],
    summary:
      "Vous rejoindrez le studio de design qui conçoit les parcours des services publics numériques de nos clients. Vous mènerez des entretiens utilisateurs et produirez des maquettes testées auprès d'usagers réels.",
    missions: [
      "Conduire des entretiens et des tests utilisateurs",
      "Concevoir des parcours et des maquettes dans Figma",
      "Contribuer au design system",
      "Présenter vos recommandations aux clients",
    ],
  },
  {
    e: 0,
    lang: "en",
    title: "Product Design Intern",
    field: "Design",
    city: "Bordeaux",
    country: "FR",
    level: "Bac+4",
    skills: ["Figma", "UX research", "HTML/CSS"],
    remote: "REMOTE",
    summary:
      "You will design new features for a health-data platform used by hospital staff. Working remotely with a distributed product team, you will go from user research to high-fidelity prototypes.",
    missions: [
      "Run discovery interviews with hospital staff",
      "Produce wireframes and interactive prototypes",
      "Test prototypes and iterate",
      "Hand over specifications to developers",
    ],
  },
  // ── Alpes Mécatronique ──
  {
    e: 1,
    lang: "fr",
    title: "Stage ingénieur·e conception mécanique",
    field: "Mechanical engineering",
    city: "Grenoble",
    country: "FR",
    level: "Bac+5",
    skills: ["SolidWorks", "Finite element analysis", "MATLAB"],
    summary:
      "Vous participerez à la conception d'une nouvelle gamme d'actionneurs électromécaniques destinés au ferroviaire. Vous serez responsable d'un sous-ensemble, du dimensionnement jusqu'au prototype.",
    missions: [
      "Modéliser les pièces et assemblages sous SolidWorks",
      "Dimensionner les composants par le calcul",
      "Réaliser les plans de définition",
      "Suivre la fabrication et les essais du prototype",
    ],
  },
  {
    e: 1,
    lang: "en",
    title: "Mechanical Design Intern – Robotics",
    field: "Mechanical engineering",
    city: "Berlin",
    country: "DE",
    level: "Bac+5",
    skills: ["SolidWorks", "Finite element analysis", "MATLAB"],
    summary:
      "Our Berlin site develops joints and grippers for collaborative robots. You will redesign a gripper to reduce its weight by 20% while keeping its stiffness.",
    missions: [
      "Analyse the current design and its failure modes",
      "Propose and model lighter alternatives",
      "Validate them with finite element analysis",
      "Prepare a prototype for testing",
    ],
  },
  {
    e: 1,
    lang: "fr",
    title: "Stage méthodes industrialisation",
    field: "Mechanical engineering",
    city: "Grenoble",
    country: "FR",
    level: "Bac+5",
    skills: ["Lean manufacturing", "SolidWorks", "Excel", "Project management"],
    summary:
      "Vous accompagnerez l'industrialisation d'un nouveau produit, du prototype à la production en série. Vous définirez les gammes de fabrication et les postes de travail avec les équipes de l'atelier.",
    missions: [
      "Rédiger les gammes de fabrication et de contrôle",
      "Concevoir des outillages simples",
      "Calculer les temps de cycle et équilibrer la ligne",
      "Former les opérateurs aux nouveaux postes",
    ],
  },
  {
    e: 1,
    lang: "fr",
    title: "Stage calcul de structures",
    field: "Mechanical engineering",
    city: "Toulouse",
    country: "FR",
    level: "Bac+5",
    skills: ["Finite element analysis", "CATIA", "MATLAB"],
    summary:
      "Au sein de notre équipe toulousaine dédiée à l'aéronautique, vous réaliserez des calculs de tenue mécanique sur des pièces de commandes de vol. Vous contribuerez aux dossiers de justification remis à nos clients avionneurs.",
    missions: [
      "Construire des modèles éléments finis",
      "Réaliser des calculs statiques et en fatigue",
      "Comparer les résultats aux essais",
      "Rédiger les notes de calcul",
    ],
  },
  {
    e: 1,
    lang: "en",
    title: "Test & Validation Engineering Intern",
    field: "Mechanical engineering",
    city: "Grenoble",
    country: "FR",
    level: "Bac+5",
    skills: ["MATLAB", "Python", "Excel"],
    summary:
      "Our test laboratory qualifies every new actuator before it reaches customers. You will help design endurance test campaigns and automate the analysis of their results.",
    missions: [
      "Write test procedures with the design engineers",
      "Set up test benches and sensors",
      "Automate data processing in MATLAB or Python",
      "Write test reports",
    ],
  },
  {
    e: 1,
    lang: "fr",
    title: "Stage amélioration continue – Lean",
    field: "Mechanical engineering",
    city: "Lyon",
    country: "FR",
    level: "Bac+4",
    skills: ["Lean manufacturing", "Excel", "Project management"],
    summary:
      "Notre site lyonnais lance un programme d'amélioration continue sur ses lignes d'assemblage. Vous animerez des chantiers Lean avec les équipes de production et mesurerez leurs résultats.",
    missions: [
      "Cartographier les flux (VSM)",
      "Animer des chantiers 5S et SMED",
      "Suivre les indicateurs de performance",
      "Standardiser les bonnes pratiques",
    ],
  },
  {
    e: 1,
    lang: "en",
    title: "Mechatronics Intern – Actuator Prototyping",
    field: "Mechanical engineering",
    city: "Toulouse",
    country: "FR",
    level: "Bac+5",
    skills: ["SolidWorks", "C/C++", "MATLAB"],
    summary:
      "You will build a working prototype of a smart actuator that combines a brushless motor, sensors and embedded control. The project sits between mechanical design and embedded software.",
    missions: [
      "Select components and design the housing",
      "Assemble and instrument the prototype",
      "Tune the control loop with the software team",
      "Measure performance against the specification",
    ],
  },
  {
    e: 1,
    lang: "fr",
    title: "Stage logistique approvisionnement",
    field: "Supply chain",
    city: "Grenoble",
    country: "FR",
    level: "Bac+4",
    skills: ["SAP", "Excel", "Lean manufacturing"],
    summary:
      "Vous rejoindrez le service approvisionnement qui sécurise l'arrivée de plus de 3 000 références pour nos lignes de production. Vous travaillerez à réduire les ruptures tout en maîtrisant les stocks.",
    missions: [
      "Suivre les commandes fournisseurs dans SAP",
      "Analyser les ruptures et leurs causes",
      "Proposer des paramètres de stock de sécurité",
      "Mettre en place un tableau de bord fournisseurs",
    ],
  },
  {
    e: 1,
    lang: "en",
    title: "Supply Chain Planning Intern",
    field: "Supply chain",
    city: "Berlin",
    country: "DE",
    level: "Bac+5",
    skills: ["SAP", "Excel", "Power BI"],
    summary:
      "Our Berlin plant is moving from monthly to weekly production planning. You will help design the new process and the tools that support it.",
    missions: [
      "Map the current planning process",
      "Build capacity and demand models",
      "Create Power BI reports for the planning meeting",
      "Train planners on the new routine",
    ],
  },
  {
    e: 1,
    lang: "fr",
    title: "Stage acheteur·se industriel·le",
    field: "Supply chain",
    city: "Lyon",
    country: "FR",
    level: "Bac+5",
    skills: ["Excel", "SAP", "Project management"],
    summary:
      "Vous assisterez l'équipe achats dans la consultation de fournisseurs de pièces usinées et de composants électroniques. Vous participerez aux négociations et à l'évaluation des fournisseurs.",
    missions: [
      "Préparer les cahiers des charges et appels d'offres",
      "Analyser les offres et comparer les coûts complets",
      "Participer aux négociations",
      "Évaluer la performance des fournisseurs",
    ],
  },
  {
    e: 1,
    lang: "fr",
    title: "Stage développeur·se logiciel embarqué",
    field: "Software engineering",
    city: "Grenoble",
    country: "FR",
    level: "Bac+5",
    skills: ["C/C++", "Linux", "Git", "Python"],
    summary:
      "Vous rejoindrez l'équipe logiciel qui développe le firmware de nos actionneurs connectés. Vous ajouterez la mise à jour à distance du firmware et les tests automatisés associés.",
    missions: [
      "Développer en C sur microcontrôleur ARM",
      "Implémenter un protocole de mise à jour sécurisé",
      "Écrire des tests sur banc automatisé",
      "Documenter l'architecture logicielle",
    ],
  },
  {
    e: 1,
    lang: "en",
    title: "Embedded Software Intern – Motor Control",
    field: "Software engineering",
    city: "Toulouse",
    country: "FR",
    level: "Bac+5",
    skills: ["C/C++", "MATLAB", "Git"],
    summary:
      "You will work on the control software of brushless motors used in aircraft flight-control actuators. The internship covers modelling, code generation and testing on real hardware.",
    missions: [
      "Model the control loop in MATLAB/Simulink",
      "Implement and optimise it in C",
      "Test it on a hardware-in-the-loop bench",
      "Contribute to the certification documentation",
    ],
  },
  {
    e: 1,
    lang: "fr",
    title: "Stage data scientist – maintenance prédictive",
    field: "Data science",
    city: "Grenoble",
    country: "FR",
    level: "Bac+5",
    skills: ["Python", "Machine learning", "Statistics", "SQL"],
    summary:
      "Nos actionneurs équipés de capteurs remontent des milliers de mesures par jour. Vous développerez des modèles capables d'anticiper les pannes à partir de ces données.",
    missions: [
      "Explorer et nettoyer les données de capteurs",
      "Construire des indicateurs de santé des équipements",
      "Entraîner et évaluer des modèles de prédiction",
      "Présenter les résultats aux équipes maintenance",
    ],
  },
  {
    e: 1,
    lang: "en",
    title: "Industrial Data Analyst Intern",
    field: "Data science",
    city: "Lyon",
    country: "FR",
    level: "Bac+4",
    skills: ["Python", "SQL", "Power BI", "Statistics"],
    summary:
      "You will help the Lyon plant make better use of its production data. The goal is to give team leaders a daily view of scrap rates, downtime and their causes.",
    missions: [
      "Connect to the production database",
      "Clean and aggregate machine data",
      "Build daily Power BI reports",
      "Run statistical analyses of scrap causes",
    ],
  },
  // ── Maison Verdier ──
  {
    e: 2,
    lang: "fr",
    title: "Stage chef·fe de produit marketing – soin visage",
    field: "Marketing",
    city: "Paris",
    country: "FR",
    level: "Bac+5",
    skills: ["Market research", "Excel", "Project management"],
    summary:
      "Vous accompagnerez la cheffe de produit dans le lancement d'une nouvelle gamme de soins visage prévue pour le printemps. Vous participerez à toutes les étapes, de l'étude consommateurs au plan de lancement.",
    missions: [
      "Analyser le marché et la concurrence",
      "Participer aux tests consommateurs",
      "Coordonner les équipes packaging et communication",
      "Suivre les ventes après le lancement",
    ],
  },
  {
    e: 2,
    lang: "en",
    title: "Digital Marketing Intern – EMEA",
    field: "Marketing",
    city: "Barcelona",
    country: "ES",
    level: "Bac+4",
    skills: ["SEO", "Google Analytics", "Social media"],
    summary:
      "Our Barcelona hub runs digital campaigns for twelve European markets. You will help plan, launch and measure campaigns across search, social and email.",
    missions: [
      "Set up and monitor paid campaigns",
      "Localise content with market teams",
      "Analyse campaign performance in Google Analytics",
      "Prepare weekly performance reports",
    ],
  },
  {
    e: 2,
    lang: "fr",
    title: "Stage community manager",
    field: "Marketing",
    city: "Paris",
    country: "FR",
    level: "Bac+3",
    skills: ["Social media", "Copywriting", "Adobe Creative Suite"],
    summary:
      "Vous animerez les réseaux sociaux de la marque auprès d'une communauté de plus de 400 000 abonnés. Vous proposerez des formats créatifs et suivrez leur performance.",
    missions: [
      "Rédiger et planifier les publications",
      "Créer des visuels et de courtes vidéos",
      "Répondre à la communauté",
      "Analyser les statistiques mensuelles",
    ],
  },
  {
    e: 2,
    lang: "en",
    title: "E-commerce & SEO Intern",
    field: "Marketing",
    city: "Berlin",
    country: "DE",
    level: "Bac+4",
    skills: ["SEO", "Google Analytics", "Excel", "Copywriting"],
    summary:
      "You will help grow the German e-shop, which doubled its sales last year. Your focus will be organic traffic, product pages and conversion.",
    missions: [
      "Audit the e-shop's SEO",
      "Optimise product pages and category content",
      "Run A/B tests with the web team",
      "Track conversion and traffic metrics",
    ],
  },
  {
    e: 2,
    lang: "fr",
    title: "Stage trade marketing – grande distribution",
    field: "Marketing",
    city: "Lille",
    country: "FR",
    level: "Bac+4",
    skills: ["Excel", "Market research", "Project management"],
    summary:
      "Vous rejoindrez l'équipe trade marketing qui gère la présence de la marque dans les enseignes de grande distribution. Vous préparerez les opérations promotionnelles et analyserez leur rentabilité.",
    missions: [
      "Préparer les plans promotionnels par enseigne",
      "Concevoir les mises en avant en magasin",
      "Analyser les données de sorties de caisse",
      "Présenter les bilans aux forces de vente",
    ],
  },
  {
    e: 2,
    lang: "en",
    title: "CRM & Email Marketing Intern",
    field: "Marketing",
    city: "Paris",
    country: "FR",
    level: "Bac+4",
    skills: ["Google Analytics", "Copywriting", "SQL", "Excel"],
    summary:
      "Our loyalty programme has 1.2 million members in Europe. You will help design personalised email journeys and measure how they change customer behaviour.",
    missions: [
      "Segment customers using SQL queries",
      "Write and schedule email campaigns",
      "Set up automated journeys",
      "Measure results and recommend improvements",
    ],
  },
  {
    e: 2,
    lang: "fr",
    title: "Stage contrôle de gestion",
    field: "Finance",
    city: "Paris",
    country: "FR",
    level: "Bac+5",
    skills: ["Excel", "Financial modelling", "SAP", "Power BI"],
    summary:
      "Vous rejoindrez la direction du contrôle de gestion du groupe et participerez au processus budgétaire et aux clôtures mensuelles. Vous serez l'interlocuteur·rice de plusieurs directions opérationnelles.",
    missions: [
      "Participer à l'élaboration du budget et des reprévisions",
      "Analyser les écarts entre réel et budget",
      "Automatiser les reportings dans Power BI",
      "Préparer les supports du comité de direction",
    ],
  },
  {
    e: 2,
    lang: "en",
    title: "Financial Analyst Intern – FP&A",
    field: "Finance",
    city: "Brussels",
    country: "BE",
    level: "Bac+5",
    skills: ["Financial modelling", "Excel", "Power BI"],
    summary:
      "You will support the Benelux finance team with planning, forecasting and performance analysis. You will work closely with sales and marketing managers.",
    missions: [
      "Build and update forecast models",
      "Analyse sales and margin by channel",
      "Prepare monthly business reviews",
      "Support the annual budget process",
    ],
  },
  {
    e: 2,
    lang: "fr",
    title: "Stage audit interne",
    field: "Finance",
    city: "Paris",
    country: "FR",
    level: "Bac+5",
    skills: ["Accounting", "Excel", "Project management"],
    summary:
      "Au sein de l'équipe d'audit interne, vous participerez à des missions dans les filiales européennes du groupe. Vous évaluerez les processus et les contrôles et formulerez des recommandations.",
    missions: [
      "Préparer les programmes de travail",
      "Réaliser des tests de contrôle",
      "Rédiger les constats et recommandations",
      "Suivre la mise en œuvre des plans d'action",
    ],
  },
  {
    e: 2,
    lang: "en",
    title: "Treasury Intern",
    field: "Finance",
    city: "Barcelona",
    country: "ES",
    level: "Bac+4",
    skills: ["Excel", "Accounting", "Financial modelling"],
    summary:
      "The group's treasury shared service centre is based in Barcelona. You will help manage cash positions, bank relationships and foreign-exchange exposure.",
    missions: [
      "Prepare daily cash positions",
      "Reconcile bank statements",
      "Build a 13-week cash forecast",
      "Document treasury procedures",
    ],
  },
  {
    e: 2,
    lang: "fr",
    title: "Stage comptabilité fournisseurs et clôtures",
    field: "Finance",
    city: "Bordeaux",
    country: "FR",
    level: "Bac+3",
    skills: ["Accounting", "Excel", "SAP"],
    summary:
      "Vous rejoindrez le centre de services comptables de Bordeaux, qui traite les factures de l'ensemble des entités françaises. Vous participerez aux opérations courantes et aux clôtures mensuelles.",
    missions: [
      "Saisir et contrôler les factures fournisseurs",
      "Justifier les comptes de tiers",
      "Participer aux travaux de clôture",
      "Proposer des améliorations de processus",
    ],
  },
  {
    e: 2,
    lang: "fr",
    title: "Stage supply chain – prévision de la demande",
    field: "Supply chain",
    city: "Paris",
    country: "FR",
    level: "Bac+5",
    skills: ["Excel", "SAP", "Statistics", "Power BI"],
    summary:
      "Vous intégrerez l'équipe demand planning qui établit les prévisions de ventes de plus de 800 références. Vous contribuerez à améliorer la fiabilité des prévisions et à réduire les stocks dormants.",
    missions: [
      "Mettre à jour les prévisions mensuelles",
      "Analyser la précision des prévisions",
      "Préparer les réunions S&OP",
      "Identifier les stocks à risque",
    ],
  },
  {
    e: 2,
    lang: "en",
    title: "Logistics Operations Intern",
    field: "Supply chain",
    city: "Lille",
    country: "FR",
    level: "Bac+4",
    skills: ["Excel", "Lean manufacturing", "SAP"],
    summary:
      "Our European distribution centre near Lille ships 40,000 orders a week. You will help improve picking productivity and prepare the warehouse for the peak season.",
    missions: [
      "Analyse warehouse flows and productivity",
      "Run improvement workshops with team leaders",
      "Prepare the peak-season staffing plan",
      "Follow carrier service levels",
    ],
  },
  {
    e: 2,
    lang: "fr",
    title: "Stage transport et distribution",
    field: "Supply chain",
    city: "Bordeaux",
    country: "FR",
    level: "Bac+4",
    skills: ["Excel", "SAP", "Project management"],
    summary:
      "Vous rejoindrez l'équipe transport qui organise les livraisons vers les magasins et les clients e-commerce. Vous travaillerez sur la réduction des coûts et de l'empreinte carbone du transport.",
    missions: [
      "Analyser les coûts de transport par flux",
      "Comparer les offres des transporteurs",
      "Mesurer les émissions de CO₂ des livraisons",
      "Proposer un plan d'optimisation",
    ],
  },
  {
    e: 2,
    lang: "fr",
    title: "Stage designer packaging",
    field: "Design",
    city: "Paris",
    country: "FR",
    level: "Bac+4",
    skills: ["Adobe Creative Suite", "Figma"],
    summary:
      "Vous rejoindrez le studio de création qui conçoit les emballages de la marque, avec une exigence forte d'éco-conception. Vous travaillerez sur la refonte du packaging de la gamme corps.",
    missions: [
      "Proposer des pistes graphiques",
      "Réaliser les fichiers d'exécution",
      "Suivre les épreuves avec les imprimeurs",
      "Contribuer à la charte d'éco-conception",
    ],
  },
  {
    e: 2,
    lang: "en",
    title: "Digital Designer Intern – E-shop",
    field: "Design",
    city: "Barcelona",
    country: "ES",
    level: "Bac+3",
    skills: ["Figma", "Adobe Creative Suite", "HTML/CSS"],
    summary:
      "You will design visuals and page layouts for the European e-shops and email campaigns. You will work with copywriters and developers in a fast-paced team.",
    missions: [
      "Design banners, landing pages and emails",
      "Adapt assets for each market",
      "Maintain the digital design library",
      "Brief developers on new templates",
    ],
  },
  {
    e: 2,
    lang: "en",
    title: "Data Analyst Intern – Consumer Insights",
    field: "Data science",
    city: "Paris",
    country: "FR",
    level: "Bac+5",
    skills: ["SQL", "Python", "Statistics", "Data visualisation"],
    summary:
      "The consumer insights team combines loyalty, survey and e-commerce data to understand what customers want. You will run analyses that feed product and marketing decisions.",
    missions: [
      "Query and combine customer datasets",
      "Segment customers with statistical methods",
      "Visualise insights for non-specialists",
      "Present findings to brand teams",
    ],
  },
  {
    e: 2,
    lang: "fr",
    title: "Stage data analyst e-commerce",
    field: "Data science",
    city: "Bordeaux",
    country: "FR",
    level: "Bac+4",
    skills: ["SQL", "Google Analytics", "Power BI", "Excel"],
    summary:
      "Vous rejoindrez l'équipe e-commerce basée à Bordeaux pour mieux comprendre le parcours d'achat en ligne. Vous construirez les indicateurs qui guideront les évolutions du site.",
    missions: [
      "Définir les indicateurs clés du site",
      "Construire des tableaux de bord",
      "Analyser les tunnels de conversion",
      "Recommander des tests A/B",
    ],
  },
];

/**
 * The varying, index-derived details of offer `i`: work mode, length, monthly stipend in EUR (none for
 * internships of two months or less, which need no gratification in France), languages, start month.
 */
export function offerVariant(offer: OfferSeed, i: number) {
  const industrial = offer.field === "Mechanical engineering" || offer.field === "Supply chain";
  const remoteMode: RemoteMode =
    offer.remote ??
    (industrial ? "ON_SITE" : (["HYBRID", "ON_SITE", "HYBRID", "REMOTE", "HYBRID", "ON_SITE"] as const)[i % 6]);
  const durationWeeks = {
    "Bac+5": [24, 26, 22, 20][i % 4],
    "Bac+4": [12, 16, 20, 8][i % 4],
    "Bac+3": [8, 10, 12][i % 3],
  }[offer.level];
  const base = { "Bac+3": 700, "Bac+4": 900, "Bac+5": 1100 }[offer.level];
  const stipendAmount =
    durationWeeks <= 8 ? null : Math.min(1500, base + (i % 5) * 100 + (offer.country === "FR" ? 0 : 100));
  const languages =
    offer.lang === "fr"
      ? i % 2
        ? ["fr", "en"]
        : ["fr"]
      : offer.country === "FR" && i % 2 === 0
        ? ["fr", "en"]
        : ["en"];
  // Final-year (Bac+5) internships start in January to March, shorter ones in April to June.
  const startMonth = offer.level === "Bac+5" ? i % 3 : 3 + (i % 3);
  return { remoteMode, durationWeeks, stipendAmount, languages, startMonth };
}

export const CLOSINGS = {
  fr: [
    "Nous recherchons une personne curieuse, rigoureuse et à l'aise pour travailler en équipe.",
    "Ce stage peut déboucher sur une proposition d'embauche à l'issue de vos études.",
    "Vous aurez une vraie autonomie sur votre sujet et des points réguliers avec votre tuteur·rice.",
  ],
  en: [
    "We are looking for someone curious, rigorous and comfortable working in a team.",
    "This internship can lead to a job offer once you graduate.",
    "You will have real ownership of your topic and regular check-ins with your tutor.",
  ],
};

export type StudentSeed = {
  name: string;
  /** Index into the flattened program list: 0 Licence Info, 1 Master Info, 2 Ingénieur Méca, 3 Master Génie industriel. */
  program: 0 | 1 | 2 | 3;
  headline: string;
  city: string;
  skills: SkillName[];
  record: { institution: string; degree: string; field: string; from: number; to: number; grade: string };
  fields: Field[];
  places: string[];
  remote: RemoteMode[];
  minStipend: number | null;
};

const UCBL = "Université Claude Bernard Lyon 1";

export const STUDENTS: StudentSeed[] = [
  {
    name: "Léa Martin",
    program: 1,
    headline: "Étudiante en Master Informatique – développement web full-stack",
    city: "Lyon",
    skills: ["TypeScript", "React", "Node.js", "SQL", "Git"],
    record: {
      institution: UCBL,
      degree: "Licence Informatique",
      field: "Informatique",
      from: 2022,
      to: 2025,
      grade: "Mention bien",
    },
    fields: ["Software engineering"],
    places: ["Lyon", "Paris"],
    remote: ["HYBRID", "ON_SITE"],
    minStipend: 800,
  },
  {
    name: "Hugo Bernard",
    program: 1,
    headline: "Master Informatique – data science et machine learning",
    city: "Villeurbanne",
    skills: ["Python", "Machine learning", "SQL", "Statistics", "Data visualisation"],
    record: {
      institution: UCBL,
      degree: "Licence Mathématiques et informatique",
      field: "Mathématiques appliquées",
      from: 2022,
      to: 2025,
      grade: "Mention très bien",
    },
    fields: ["Data science"],
    places: ["Lyon", "Paris", "Grenoble"],
    remote: ["HYBRID", "REMOTE"],
    minStipend: 900,
  },
  {
    name: "Chloé Petit",
    program: 0,
    headline: "Licence Informatique – front-end et design d'interfaces",
    city: "Lyon",
    skills: ["JavaScript", "React", "HTML/CSS", "Figma"],
    record: {
      institution: "IUT Lyon 1",
      degree: "BUT Informatique (2 années)",
      field: "Informatique",
      from: 2023,
      to: 2025,
      grade: "Admise",
    },
    fields: ["Software engineering", "Design"],
    places: ["Lyon", "Nantes"],
    remote: ["ON_SITE", "HYBRID"],
    minStipend: null,
  },
  {
    name: "Nathan Dubois",
    program: 1,
    headline: "Master Informatique – sécurité des systèmes et réseaux",
    city: "Lyon",
    skills: ["Linux", "Network security", "Python", "Penetration testing"],
    record: {
      institution: UCBL,
      degree: "Licence Informatique",
      field: "Réseaux",
      from: 2022,
      to: 2025,
      grade: "Mention assez bien",
    },
    fields: ["Cybersecurity"],
    places: ["Lyon", "Paris", "Lille"],
    remote: ["ON_SITE", "HYBRID"],
    minStipend: 1000,
  },
  {
    name: "Manon Leroy",
    program: 0,
    headline: "Licence Informatique – développement back-end Java",
    city: "Bron",
    skills: ["Java", "SQL", "Git", "Python"],
    record: {
      institution: UCBL,
      degree: "L2 Informatique",
      field: "Informatique",
      from: 2023,
      to: 2025,
      grade: "Mention bien",
    },
    fields: ["Software engineering"],
    places: ["Lyon"],
    remote: ["HYBRID"],
    minStipend: null,
  },
  {
    name: "Yanis Haddad",
    program: 1,
    headline: "Master Informatique – cloud et DevOps",
    city: "Lyon",
    skills: ["Docker", "Kubernetes", "AWS", "Linux", "Git"],
    record: {
      institution: "Université Grenoble Alpes",
      degree: "Licence Informatique",
      field: "Informatique",
      from: 2022,
      to: 2025,
      grade: "Mention assez bien",
    },
    fields: ["Software engineering", "Cybersecurity"],
    places: ["Lyon", "Grenoble", "Brussels"],
    remote: ["REMOTE", "HYBRID"],
    minStipend: 900,
  },
  {
    name: "Camille Roux",
    program: 2,
    headline: "Élève ingénieure en mécanique – conception et calcul",
    city: "Lyon",
    skills: ["SolidWorks", "CATIA", "Finite element analysis", "MATLAB"],
    record: {
      institution: UCBL,
      degree: "Parcours des écoles d'ingénieurs Polytech (PeiP)",
      field: "Sciences de l'ingénieur",
      from: 2022,
      to: 2024,
      grade: "Admise",
    },
    fields: ["Mechanical engineering"],
    places: ["Grenoble", "Toulouse", "Berlin"],
    remote: ["ON_SITE"],
    minStipend: 700,
  },
  {
    name: "Théo Garcia",
    program: 2,
    headline: "Élève ingénieur en mécanique – industrialisation",
    city: "Villeurbanne",
    skills: ["SolidWorks", "Lean manufacturing", "Project management"],
    record: {
      institution: "IUT Lyon 1",
      degree: "DUT Génie mécanique et productique",
      field: "Génie mécanique",
      from: 2021,
      to: 2023,
      grade: "Mention bien",
    },
    fields: ["Mechanical engineering", "Supply chain"],
    places: ["Lyon", "Grenoble"],
    remote: ["ON_SITE"],
    minStipend: 700,
  },
  {
    name: "Sarah Benali",
    program: 3,
    headline: "Master Génie industriel – supply chain et amélioration continue",
    city: "Lyon",
    skills: ["SAP", "Excel", "Lean manufacturing", "Power BI"],
    record: {
      institution: UCBL,
      degree: "Licence Sciences pour l'ingénieur",
      field: "Génie industriel",
      from: 2022,
      to: 2025,
      grade: "Mention bien",
    },
    fields: ["Supply chain"],
    places: ["Lyon", "Paris", "Lille"],
    remote: ["ON_SITE", "HYBRID"],
    minStipend: 800,
  },
  {
    name: "Lucas Mercier",
    program: 3,
    headline: "Master Génie industriel – achats et gestion de projet",
    city: "Saint-Priest",
    skills: ["Excel", "Project management", "SAP", "Statistics"],
    record: {
      institution: "Université Jean Monnet Saint-Étienne",
      degree: "Licence Sciences pour l'ingénieur",
      field: "Génie industriel",
      from: 2022,
      to: 2025,
      grade: "Mention assez bien",
    },
    fields: ["Supply chain", "Finance"],
    places: ["Lyon", "Bordeaux"],
    remote: ["HYBRID"],
    minStipend: 750,
  },
];

export type ApplicationSeed = {
  /** Index into STUDENTS. */
  student: number;
  /** Index into OFFERS (all Numeria's, so the demo enterprise sees a living pipeline). */
  offer: number;
  status: ApplicationStatus;
  /** When the draft was started; each later step comes a day after the one before. */
  daysAgo: number;
  letter: string;
  rejection?: { reason: RejectionReason; message?: string };
  withdrawal?: string;
};

/** Demo applications in every state; the demo student (Léa Martin) has one in several of them. */
export const APPLICATIONS: ApplicationSeed[] = [
  {
    student: 0,
    offer: 0,
    status: "SHORTLISTED",
    daysAgo: 8,
    letter:
      "Bonjour,\n\nEn Master Informatique à Lyon 1, je développe depuis deux ans en TypeScript, React et Node.js, dont un projet de réservation de salles pour mon association. Rejoindre une équipe qui livre plusieurs fois par semaine pour 200 collectivités est exactement ce que je cherche.\n\nLéa Martin",
  },
  {
    student: 0,
    offer: 3,
    status: "SUBMITTED",
    daysAgo: 3,
    letter:
      "Bonjour,\n\nL'automatisation des déploiements m'intéresse depuis mon projet de licence, où j'ai mis en place l'intégration continue de notre application. Je souhaite approfondir Docker et le cloud à vos côtés.\n\nLéa Martin",
  },
  {
    student: 0,
    offer: 7,
    status: "DRAFT",
    daysAgo: 1,
    letter: "Bonjour,\n\nLes outils internes utilisés chaque jour par des centaines de personnes…",
  },
  {
    student: 0,
    offer: 16,
    status: "REJECTED",
    daysAgo: 20,
    letter:
      "Bonjour,\n\nDéveloppeuse attentive à l'accessibilité, je souhaite découvrir le design d'interfaces.\n\nLéa Martin",
    rejection: {
      reason: "PROFILE_NOT_MATCHING",
      message:
        "Merci pour votre candidature. Nous cherchons un profil de designer confirmé pour ce poste ; nos offres de développement devraient davantage vous correspondre.",
    },
  },
  {
    student: 4,
    offer: 0,
    status: "INTERVIEW",
    daysAgo: 15,
    letter:
      "Bonjour,\n\nÉtudiante en Master, j'ai réalisé mon stage de licence dans une start-up lyonnaise sur une application React. Je serais ravie d'échanger avec votre équipe produit.\n\nManon Leroy",
  },
  {
    student: 5,
    offer: 0,
    status: "UNDER_REVIEW",
    daysAgo: 6,
    letter:
      "Bonjour,\n\nPassionné par le développement web et la sécurité des applications, je vous propose ma candidature.\n\nYanis Haddad",
  },
  {
    student: 5,
    offer: 15,
    status: "ACCEPTED",
    daysAgo: 25,
    letter:
      "Hello,\n\nI have been securing cloud workloads in my student projects (AWS, Terraform) and would love to join your security team.\n\nYanis Haddad",
  },
  {
    student: 2,
    offer: 5,
    status: "SUBMITTED",
    daysAgo: 2,
    letter:
      "Hello,\n\nI build React interfaces with care for detail and accessibility, and I design them in Figma first. Your Brussels team sounds like a great place to grow.\n\nChloé Petit",
  },
  {
    student: 2,
    offer: 16,
    status: "SHORTLISTED",
    daysAgo: 9,
    letter:
      "Bonjour,\n\nEntre développement front-end et design d'interfaces, je cherche un stage où les deux se rencontrent.\n\nChloé Petit",
  },
  {
    student: 1,
    offer: 8,
    status: "ACCEPTED",
    daysAgo: 30,
    letter:
      "Bonjour,\n\nEn Master data science, j'ai construit des tableaux de bord de pilotage en Python et SQL pour une association régionale. Je souhaite mettre ces compétences au service de votre activité.\n\nHugo Bernard",
  },
  {
    student: 1,
    offer: 9,
    status: "WITHDRAWN",
    daysAgo: 18,
    letter: "Hello,\n\nNatural language processing is the focus of my master's thesis.\n\nHugo Bernard",
    withdrawal: "J'ai accepté une autre offre de stage.",
  },
  {
    student: 3,
    offer: 12,
    status: "UNDER_REVIEW",
    daysAgo: 5,
    letter: "Bonjour,\n\nLa détection d'incidents est au cœur de ma formation en cybersécurité.\n\nNathan Dubois",
  },
  {
    student: 3,
    offer: 13,
    status: "REJECTED",
    daysAgo: 22,
    letter:
      "Hello,\n\nI take part in capture-the-flag competitions every month and would like to make pentesting my job.\n\nNathan Dubois",
    rejection: { reason: "POSITION_FILLED" },
  },
];
