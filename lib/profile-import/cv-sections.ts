export type SectionKind = "skills" | "experience" | "education" | "languages" | "other";
export type Section = { kind: SectionKind; heading: string; lines: string[] };

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[\s:•|-]+$/u, "")
    .trim();

/** Headings in French and English, LinkedIn's included, folded (no accents, lower case). */
const HEADINGS: [SectionKind, RegExp][] = [
  [
    "skills",
    /^(competences?( techniques| informatiques| cles| principales)?|skills|technical skills|top skills|key skills|hard skills|outils( et technologies)?|tools|technologies|logiciels|informatique|savoir-faire|stack technique)$/,
  ],
  [
    "experience",
    /^(experiences?( professionnelles?)?|work experience|professional experience|research experience|experiences? de recherche|experience professionnelle|stages?( et experiences)?|internships?|emplois?|parcours professionnel|employment( history)?|experience)$/,
  ],
  [
    "education",
    /^(formations?|education|etudes|diplomes?|parcours (academique|scolaire|universitaire)|academic background|cursus|formation academique|scolarite)$/,
  ],
  ["languages", /^(langues?( etrangeres| parlees)?|languages?|language skills)$/],
  [
    "other",
    /^(contact|coordonnees|profil|profile|summary|resume|a propos|about( me)?|centres? d'interets?|interets|interests|hobbies|loisirs|projets?( personnels| academiques)?|projects|certifications?|benevolat|volunteering|volunteer experience|activites( extra-scolaires| associatives)?|publications|references|honors-awards|honors|awards|distinctions|qualites|soft skills|personal)$/,
  ],
];

/** The section a line opens, if it is a heading (a short line naming one). */
export function headingKind(line: string): SectionKind | null {
  const folded = fold(line);
  if (!folded || folded.split(/\s+/).length > 5) return null;
  return HEADINGS.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
}

/** The text cut at its headings; what comes before the first heading is an "other" section. */
export function splitSections(text: string): Section[] {
  const sections: Section[] = [{ kind: "other", heading: "", lines: [] }];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    const kind = headingKind(line);
    if (kind) sections.push({ kind, heading: line, lines: [] });
    else sections[sections.length - 1].lines.push(line);
  }
  return sections;
}

/** The lines of a section cut into entries at blank lines. */
export function entries(lines: string[]): string[][] {
  const result: string[][] = [[]];
  for (const line of lines) {
    if (!line) {
      if (result[result.length - 1].length) result.push([]);
    } else result[result.length - 1].push(line);
  }
  return result.filter((entry) => entry.length > 0);
}
