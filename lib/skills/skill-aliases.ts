/**
 * The skills of the shared list under the other names a CV or a LinkedIn profile gives them:
 * abbreviations, other spellings, and the French name. Keys are the canonical names (as the shared
 * list spells them); a canonical name missing from the list is added the first time a student
 * accepts it. Aliases marked `exact` are matched with their case as written (`JS`, `ML`, `C`, `R`),
 * because in lower case they are ordinary words or letters.
 */
export type SkillAlias = { name: string; exact?: boolean };

const exact = (name: string): SkillAlias => ({ name, exact: true });

export const SKILL_ALIASES: Record<string, (string | SkillAlias)[]> = {
  JavaScript: [exact("JS"), "Javascript", "ECMAScript", "ES6", "Vanilla JS"],
  TypeScript: [exact("TS")],
  "Node.js": ["NodeJS", "Node JS", exact("Node")],
  React: ["React.js", "ReactJS", "React JS", "React Native"],
  "Vue.js": ["VueJS", exact("Vue")],
  Angular: ["AngularJS"],
  Java: ["Java EE", "J2EE", "Java 17"],
  Python: ["Python 3", "Python3"],
  "C/C++": ["C++", exact("C")],
  "C#": ["CSharp", ".NET", "dotnet"],
  Go: ["Golang"],
  R: ["RStudio"],
  PHP: ["Symfony", "Laravel"],
  SQL: ["requêtes SQL", "SQL queries", "T-SQL", "PL/SQL"],
  PostgreSQL: ["Postgres", "PostGIS"],
  MySQL: ["MariaDB"],
  MongoDB: ["Mongo"],
  "HTML/CSS": ["HTML", "CSS", "HTML5", "CSS3", "HTML & CSS", "HTML et CSS"],
  Git: ["GitHub", "GitLab", "Git/GitHub"],
  Docker: ["docker-compose", "conteneurs Docker"],
  Kubernetes: [exact("k8s"), exact("K8s"), exact("K8S")],
  AWS: ["Amazon Web Services"],
  Azure: ["Microsoft Azure"],
  "Google Cloud": ["GCP", "Google Cloud Platform"],
  Linux: ["GNU/Linux", "Ubuntu", "Debian"],
  "CI/CD": ["intégration continue", "continuous integration", "GitHub Actions", "GitLab CI"],
  Terraform: [],
  GraphQL: [],
  "REST APIs": ["API REST", "REST API", "RESTful", "API RESTful"],
  "Machine learning": [exact("ML"), "apprentissage automatique", "apprentissage machine", "machine-learning"],
  "Deep learning": ["apprentissage profond", "deep-learning", "réseaux de neurones", "neural networks"],
  "Natural language processing": [
    exact("NLP"),
    exact("TAL"),
    "traitement automatique du langage",
    "traitement du langage naturel",
  ],
  "Computer vision": ["vision par ordinateur"],
  TensorFlow: ["Keras"],
  PyTorch: [],
  "scikit-learn": ["sklearn", "scikit learn"],
  pandas: ["Pandas", "NumPy"],
  Statistics: ["statistiques", "statistical analysis", "analyse statistique", "statistique"],
  "Data visualisation": ["data visualization", "dataviz", "visualisation de données", "visualisation des données"],
  "Power BI": ["PowerBI", "Power-BI"],
  Tableau: ["Tableau Software", "Tableau Desktop"],
  Excel: ["Microsoft Excel", "MS Excel", "Excel avancé", "tableurs"],
  "Network security": ["sécurité réseau", "sécurité des réseaux", "network hardening"],
  "Penetration testing": ["pentest", "pentesting", "tests d'intrusion", "test d'intrusion", "tests d’intrusion"],
  Cybersecurity: ["cybersécurité", "cyber security", "sécurité informatique"],
  Figma: [],
  "UX research": ["recherche utilisateur", "user research", "recherche UX", "tests utilisateurs", "user testing"],
  "Adobe Creative Suite": ["Adobe Creative Cloud", "Photoshop", "Illustrator", "InDesign", "suite Adobe"],
  SEO: ["référencement naturel", "search engine optimisation", "search engine optimization"],
  "Google Analytics": ["GA4"],
  "Social media": ["réseaux sociaux", "community management", "social media management"],
  Copywriting: ["rédaction publicitaire", "rédaction web", "content writing"],
  "Market research": ["étude de marché", "études de marché", "market analysis", "market studies"],
  "Financial modelling": ["financial modeling", "modélisation financière"],
  Accounting: ["comptabilité", "comptabilité générale", "bookkeeping"],
  SAP: [exact("SAP"), "SAP ERP", "SAP S/4HANA"],
  SolidWorks: ["Solidworks"],
  CATIA: ["Catia V5", "CATIA V5"],
  "Finite element analysis": [exact("FEA"), exact("FEM"), "éléments finis", "méthode des éléments finis", "Abaqus"],
  MATLAB: ["Matlab", "Simulink"],
  "Lean manufacturing": ["lean management", exact("Lean"), "Lean Six Sigma", "amélioration continue"],
  "Project management": ["gestion de projet", "gestion de projets", "conduite de projet", "management de projet"],
  Scrum: ["méthode Scrum", "Agile Scrum"],
  Agile: ["méthodes agiles", "méthodologie agile", "agile methodologies", "Kanban"],
  Jira: [],
  "Spring Boot": ["Spring Framework"],
  Django: [],
  Flask: [],
  Spark: ["Apache Spark", "PySpark"],
  Scala: [],
  Hadoop: [],
  Jenkins: [],
  Ansible: [],
  Swift: ["SwiftUI"],
  Kotlin: [],
  Bash: ["shell scripting", "scripts shell"],
  VBA: [],
  Salesforce: [],
  Canva: [],
  WordPress: [],
  LaTeX: [],
};

/**
 * Names that are also ordinary words or letters ("tableau de bord", "go", "react to"): matched
 * only with the case the list gives them, whether they come from this table or the shared list.
 */
export const CASE_SENSITIVE_SKILLS = new Set([
  "Go",
  "R",
  "C",
  "React",
  "Tableau",
  "Spark",
  "Lean",
  "Excel",
  "Vue",
  "Node",
  "Swift",
]);

/** Every name of the table (canonical names too) with its canonical name. */
export function skillAliasEntries(): { alias: SkillAlias; canonical: string }[] {
  return Object.entries(SKILL_ALIASES).flatMap(([canonical, aliases]) => [
    { alias: { name: canonical }, canonical },
    ...aliases.map((alias) => ({ alias: typeof alias === "string" ? { name: alias } : alias, canonical })),
  ]);
}
