import { findPeriod, withoutPeriod } from "./cv-dates";
import { entries } from "./cv-sections";

export type EducationFound = {
  institution: string;
  degree: string;
  start: string | null;
  end: string | null;
  evidence: string;
};

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

export const INSTITUTION =
  /(^|[^\p{L}])(universite|university|univ\.|ecole|school|institut|institute|college|lycee|iut|insa|polytech|polytechnique|sciences po|hec|essec|escp|edhec|epita|epitech|centrale|mines|telecom|faculte|faculty|sorbonne|enseeiht|utc|cnam|academy|academie|kedge|skema|neoma|inp|conservatoire|campus)([^\p{L}]|$)/u;
const DEGREE =
  /(^|[^\p{L}])(master|mastere|msc|m\.sc|bsc|b\.sc|bachelor|licence|bachelor's|master's|bts|dut|but|deust|deug|diplome|ingenieur|engineering degree|baccalaureat|bac|phd|ph\.d|doctorat|doctorate|mba|classe preparatoire|cpge|prepa|degree|beng|meng|b\.a|m\.a|hnd|a-levels|high school diploma|bep|dea|dess)([^\p{L}]|$)/u;
/** BA, MA, MS, BS: degrees only in capitals ("ma", "ba" are words). */
const DEGREE_ABBREVIATION = /(^|[^\p{L}])(BA|MA|BS|MS|MPhil)([^\p{L}]|$)/u;
const SEPARATORS = /\s+[|–—·•]\s+|\s+-\s+|,\s+|\s+@\s+|\s+at\s+/u;

const isBullet = (line: string) => /^[•\-*–▪●◦]\s/u.test(line);

/** A segment naming a degree and its school at once ("Master Informatique Université Lyon 1"). */
function splitAtInstitution(segment: string): [string, string] | null {
  const match = INSTITUTION.exec(fold(segment));
  if (!match || match.index === 0) return null;
  const at = match.index + match[1].length;
  const degree = segment.slice(0, at).trim();
  return degree ? [degree, segment.slice(at).trim()] : null;
}

/**
 * The degrees of an education section: each record is cut at blank lines, or where a line names a
 * second degree; its school is the part naming an institution, its degree the part naming a
 * diploma, its years the period found in it.
 */
export function readEducation(lines: string[]): EducationFound[] {
  const records: string[][] = [];
  for (const entry of entries(lines)) {
    let current: string[] = [];
    let hasDegree = false;
    for (const line of entry.filter((l) => !isBullet(l))) {
      const rest = withoutPeriod(line, findPeriod(line));
      const degreeHere = DEGREE.test(fold(rest)) || DEGREE_ABBREVIATION.test(rest);
      if (degreeHere && hasDegree) {
        records.push(current);
        current = [];
        hasDegree = false;
      }
      current.push(line);
      hasDegree ||= degreeHere;
    }
    if (current.length) records.push(current);
  }
  return records.flatMap((record) => {
    const found = readRecord(record);
    return found ? [found] : [];
  });
}

function readRecord(lines: string[]): EducationFound | null {
  let institution = "";
  let degree = "";
  let period = null;
  const others: string[] = [];
  for (const line of lines.slice(0, 4)) {
    const linePeriod = findPeriod(line);
    period ??= linePeriod;
    for (const segment of withoutPeriod(line, linePeriod).split(SEPARATORS)) {
      const text = segment.trim();
      if (!text) continue;
      const folded = fold(text);
      const both = !institution && !degree ? splitAtInstitution(text) : null;
      if (both && DEGREE.test(fold(both[0]))) [degree, institution] = both;
      else if (!institution && INSTITUTION.test(folded)) institution = text;
      else if (!degree && (DEGREE.test(folded) || DEGREE_ABBREVIATION.test(text))) degree = text;
      else others.push(text);
    }
  }
  if (!institution || (!degree && !others.length)) return null;
  degree ||= others[0];
  return {
    institution: institution.slice(0, 160),
    degree: degree.slice(0, 160),
    start: period?.start ?? null,
    end: period?.current ? null : (period?.end ?? null),
    evidence: lines.slice(0, 3).join(" · ").slice(0, 300),
  };
}
