import { strFromU8, unzipSync } from "fflate";
import { parseCsv } from "@/lib/core/csv";
import { findSkills } from "@/lib/skills/find-skills";
import { findPeriod, parseCvDate } from "./cv-dates";
import { levelOf, readLanguages } from "./cv-languages";
import { distinctDrafts, type ProposalDraft } from "./proposal-data";

const FILES = ["Profile.csv", "Skills.csv", "Education.csv", "Positions.csv", "Languages.csv"] as const;
type FileName = (typeof FILES)[number];
/** No CSV of a profile comes near this; a larger one is not what it claims (or a zip bomb). */
const MAX_CSV_BYTES = 2 * 1024 * 1024;

export type LinkedInExport =
  | { ok: true; text: string; drafts: ProposalDraft[] }
  | { ok: false; reason: "linkedinArchiveUnreadable" | "linkedinArchiveIncomplete" };

/** Whether a ZIP holds any of the five profile files (read from its directory, nothing unpacked). */
export function linkedInArchiveProblem(
  bytes: Uint8Array,
): "linkedinArchiveUnreadable" | "linkedinArchiveIncomplete" | null {
  let found = false;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        found ||= FILES.some((name) => file.name.split("/").pop()?.toLowerCase() === name.toLowerCase());
        return false;
      },
    });
  } catch {
    return "linkedinArchiveUnreadable";
  }
  return found ? null : "linkedinArchiveIncomplete";
}

/** A CSV's rows as objects keyed by its header (LinkedIn puts notes above some headers). */
function records(text: string, firstColumn: string): Record<string, string>[] {
  const rows = parseCsv(text);
  const header = rows.findIndex((row) => row.some((cell) => cell.trim() === firstColumn));
  if (header < 0) return [];
  const names = rows[header].map((cell) => cell.trim());
  return rows
    .slice(header + 1)
    .filter((row) => row.some((cell) => cell.trim()))
    .map((row) => Object.fromEntries(names.map((name, i) => [name, (row[i] ?? "").trim()])));
}

/**
 * The proposals of a LinkedIn data export (the ZIP a member downloads from their settings): skills,
 * degrees, positions and languages from its CSV files, and a text of them to show beside. Only the
 * five profile files are unpacked, each capped; an archive with none of them says so.
 */
export function readLinkedInExport(bytes: Uint8Array, knownSkills: readonly string[]): LinkedInExport {
  const wanted = (name: string) => FILES.find((file) => name.split("/").pop()?.toLowerCase() === file.toLowerCase());
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => Boolean(wanted(file.name)) && file.originalSize <= MAX_CSV_BYTES });
  } catch {
    return { ok: false, reason: "linkedinArchiveUnreadable" };
  }
  const csv = new Map<FileName, string>();
  for (const [name, content] of Object.entries(files)) {
    const file = wanted(name);
    if (file && content.byteLength <= MAX_CSV_BYTES) csv.set(file, strFromU8(content));
  }
  if (!csv.size) return { ok: false, reason: "linkedinArchiveIncomplete" };

  const drafts: ProposalDraft[] = [];
  const text: string[] = [];
  const profile = records(csv.get("Profile.csv") ?? "", "First Name")[0];
  if (profile) text.push(`${profile["First Name"]} ${profile["Last Name"]}`.trim(), profile.Headline ?? "", "");

  const skills = records(csv.get("Skills.csv") ?? "", "Name")
    .map((row) => row.Name)
    .filter(Boolean);
  if (skills.length) text.push("Skills", ...skills, "");
  for (const name of skills) {
    const found = findSkills(name, knownSkills);
    // A skill the member listed is theirs even when the shared list does not know it yet.
    const names = found.length ? found.map((skill) => skill.name) : [name.slice(0, 60)];
    for (const skill of names) drafts.push({ kind: "SKILL", data: { name: skill }, evidence: name });
  }

  const positions = records(csv.get("Positions.csv") ?? "", "Company Name");
  if (positions.length) text.push("Experience");
  for (const row of positions) {
    const line = `${row.Title} — ${row["Company Name"]} (${row["Started On"]} – ${row["Finished On"] || "present"})`;
    text.push(line, row.Description ?? "", "");
    for (const skill of findSkills(row.Description ?? "", knownSkills))
      drafts.push({ kind: "SKILL", data: { name: skill.name }, evidence: skill.matched });
    if (row.Title && row["Company Name"])
      drafts.push({
        kind: "EXPERIENCE",
        data: {
          employer: row["Company Name"].slice(0, 160),
          role: row.Title.slice(0, 160),
          start: parseCvDate(row["Started On"] ?? ""),
          end: parseCvDate(row["Finished On"] ?? ""),
        },
        evidence: line,
      });
  }

  const education = records(csv.get("Education.csv") ?? "", "School Name");
  if (education.length) text.push("Education");
  for (const row of education) {
    const line = `${row["Degree Name"]} — ${row["School Name"]} (${row["Start Date"]} – ${row["End Date"]})`;
    text.push(line, "");
    if (row["School Name"])
      drafts.push({
        kind: "EDUCATION",
        data: {
          institution: row["School Name"].slice(0, 160),
          degree: (row["Degree Name"] || row.Notes || row["School Name"]).slice(0, 160),
          start: parseCvDate(row["Start Date"] ?? "") ?? findPeriod(row["Start Date"] ?? "")?.start ?? null,
          end: parseCvDate(row["End Date"] ?? ""),
        },
        evidence: line,
      });
  }

  const languages = records(csv.get("Languages.csv") ?? "", "Name");
  if (languages.length) text.push("Languages");
  for (const row of languages) {
    const line = `${row.Name} (${row.Proficiency ?? ""})`;
    text.push(line);
    const [found] = readLanguages([row.Name]);
    if (found)
      drafts.push({
        kind: "LANGUAGE",
        data: { language: found.language, level: levelOf(row.Proficiency ?? "") },
        evidence: line,
      });
  }
  return { ok: true, text: text.join("\n").trim(), drafts: distinctDrafts(drafts) };
}
