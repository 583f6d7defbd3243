import { strToU8, zipSync } from "fflate";
import { csvRow } from "@/lib/core/csv";
import type { CvCase } from "./corpus";

const csv = (rows: string[][]) => strToU8(rows.map(csvRow).join(""));

/** A LinkedIn data export as a member downloads it, with files the import ignores beside the five it reads. */
export function linkedInExportZip(options: { only?: string[] } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "Profile.csv": csv([
      ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary", "Industry"],
      ["Jules", "Garnier", "", "", "", "Étudiant ingénieur logiciel", "Passionné de systèmes distribués", "Software"],
    ]),
    "Skills.csv": csv([
      ["Name"],
      ["JavaScript"],
      ["Node.js"],
      ["Amazon Web Services (AWS)"],
      ["Gestion de projet"],
      ["Leadership"],
    ]),
    "Positions.csv": csv([
      ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
      [
        "Dassault Systèmes",
        "Stagiaire ingénieur logiciel",
        "Services en TypeScript et Postgres, déployés sur k8s.",
        "Vélizy",
        "Jun 2024",
        "",
      ],
      ["Leroy Merlin", "Vendeur conseil", "", "Lille", "Jul 2022", "Aug 2022"],
    ]),
    "Education.csv": csv([
      ["School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"],
      ["Université de Technologie de Compiègne", "2021", "2026", "", "Diplôme d'ingénieur, Génie informatique", ""],
    ]),
    "Languages.csv": csv([
      ["Name", "Proficiency"],
      ["Français", "Native or bilingual proficiency"],
      ["English", "Professional working proficiency"],
    ]),
    "Connections.csv": csv([
      ["Notes:"],
      ["First Name", "Last Name", "URL"],
      ["Ada", "Lovelace", "https://example.org"],
    ]),
  };
  const kept = options.only
    ? Object.fromEntries(Object.entries(files).filter(([name]) => options.only?.includes(name)))
    : files;
  return zipSync(kept);
}

/** What the export above must propose, in the corpus's terms. */
export const LINKEDIN_EXPORT_EXPECTED: Omit<CvCase, "layout"> = {
  id: "linkedin-export-zip",
  skills: [
    "JavaScript",
    "Node.js",
    "AWS",
    "Project management",
    "Leadership",
    "TypeScript",
    "PostgreSQL",
    "Kubernetes",
  ],
  education: [["Compiègne", "2021"]],
  experience: [
    ["Dassault", "Stagiaire ingénieur"],
    ["Leroy Merlin", "Vendeur"],
  ],
  languages: { fr: "NATIVE", en: "B2" },
};
