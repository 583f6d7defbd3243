import { type CvPeriod, findPeriod, withoutPeriod } from "./cv-dates";

export type ExperienceFound = {
  employer: string;
  role: string;
  start: string | null;
  end: string | null;
  evidence: string;
};

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

const ROLE =
  /(^|[^\p{L}])(stagiaire|stage|intern|internship|alternante?|alternance|apprentie?|developpeu(r|se)|developer|engineer|ingenieure?|analyst|analyste|assistante?|chef de projet|project manager|manager|consultante?|technicien(ne)?|technician|designer|chargee? d|responsable|serveu(r|se)|vendeu(r|se)|equipiere?|tutor|tuteur|tutrice|teaching assistant|data scientist|scientist|researcher|chercheu(r|se)|auditeur|auditrice|auditor|comptable|accountant|commerciale?|marketing|community manager|product owner|scrum master|lead|head of|coordinat\p{L}*|animat\p{L}*|moniteur|monitrice|hote(sse)?|cashier|caissiere?|barista|freelance|fondat\p{L}*|founder|co-founder|presidente?|president|tresorier(e)?|benevole|volunteer|support|administrat\p{L}*|agent|operat\p{L}*|conseill\p{L}*|redact\p{L}*|writer|editor|officer|trainee|graphiste|architecte?|architect|programmeu(r|se)|programmer|specialist|specialiste|associate|executive|ambassad\p{L}*)([^\p{L}]|$)/u;

const LOCATION =
  /^(paris|lyon|marseille|toulouse|bordeaux|lille|nantes|nice|strasbourg|rennes|montpellier|grenoble|villeurbanne|la defense|london|londres|berlin|munich|madrid|barcelona|barcelone|new york|san francisco|dublin|amsterdam|bruxelles|brussels|geneve|geneva|zurich|lausanne|montreal|quebec|casablanca|tunis|dakar|remote|teletravail|a distance|france|royaume-uni|united kingdom|germany|allemagne|spain|espagne|usa|united states|canada|belgique|belgium|suisse|switzerland|ile-de-france|auvergne-rhone-alpes|occitanie)( area| region|, \p{L}+)*\.?$/u;

const SEPARATORS = /\s+[|–—·•]\s+|\s+-\s+|,\s+|\s+@\s+|\s+at\s+|\s+chez\s+|\s+\(|\)\s*/u;

/** The kind of contract in brackets after a role ("(stage)", "(alternance)"): neither role nor employer. */
const CONTRACT =
  /\(\s*(stage|alternance|apprentissage|internship|part-time|temps partiel|cdd|cdi|contrat pro\p{L}*|freelance)\s*\)/giu;

const isBullet = (line: string) => /^[•\-*–▪●◦]\s/u.test(line);
const isLocation = (text: string) => LOCATION.test(fold(text).trim());

/**
 * The jobs of an experience section. Each job is found from the line that gives its dates; its
 * role and employer are on that line ("Stagiaire développeur — Capgemini | juin 2023 – août 2023")
 * or on the lines just above it (LinkedIn: employer, then role, then dates).
 */
export function readExperience(lines: string[]): ExperienceFound[] {
  const found: ExperienceFound[] = [];
  let consumed = -1;
  lines.forEach((line, i) => {
    if (!line || isBullet(line)) return;
    const period = findPeriod(line);
    if (!period) return;
    const header = withoutPeriod(line, period);
    const above: string[] = [];
    for (let j = i - 1; j > consumed && above.length < 2; j--) {
      const previous = lines[j];
      if (!previous) {
        if (above.length) break;
        continue;
      }
      if (isBullet(previous) || findPeriod(previous) || /[.;]$/.test(previous)) break;
      above.unshift(previous);
    }
    // The employer may also come on the line below the dates ("Criteo, Paris").
    const below = lines[i + 1] && !isBullet(lines[i + 1]) && !findPeriod(lines[i + 1]) ? lines[i + 1] : "";
    const job =
      readHeader(header, above.length || !below ? above : [], period) ?? readHeader(header, [], period, below);
    consumed = i;
    if (job) found.push(job);
  });
  return found;
}

function readHeader(header: string, above: string[], period: CvPeriod, below = ""): ExperienceFound | null {
  const segments = (text: string) =>
    text
      .split(SEPARATORS)
      .map((segment) => segment?.trim() ?? "")
      .filter((segment) => segment && !isLocation(segment) && !/^\d+$/.test(segment));
  const own = segments(header.replace(CONTRACT, " "));
  let role = "";
  let employer = "";
  if (own.length >= 2) {
    const at = own.findIndex((segment) => ROLE.test(fold(segment)));
    role = own[at >= 0 ? at : 0];
    employer = own.find((segment) => segment !== role) ?? "";
  } else {
    // LinkedIn and many two-line layouts: employer above role; a role word says which is which.
    const lines = [
      ...above.flatMap((line) => segments(line).slice(0, 2)),
      ...own,
      ...segments(below).slice(0, 1),
    ].slice(below ? 0 : -2);
    if (lines.length < 2) return null;
    const at = lines.findIndex((segment) => ROLE.test(fold(segment)));
    role = lines[at >= 0 ? at : 1];
    employer = lines.find((segment) => segment !== role) ?? "";
  }
  if (!role || !employer) return null;
  return {
    employer: employer.slice(0, 160),
    role: role.slice(0, 160),
    start: period.start,
    end: period.current ? null : period.end,
    evidence: [...above, header, period.text].filter(Boolean).join(" · ").slice(0, 300),
  };
}
