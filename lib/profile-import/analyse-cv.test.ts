import { createElement as h } from "react";
import { Document, Page, View, renderToBuffer } from "@react-pdf/renderer";
import { describe, expect, it } from "vitest";
import { findSkills } from "@/lib/skills/find-skills";
import { SKILLS } from "@/prisma/seed-data";
import { analyseCvText } from "./analyse-cv-text";
import { findPeriod } from "./cv-dates";
import { readLanguages } from "./cv-languages";
import { extractPdfText } from "./extract-pdf-text";
import { readLinkedInExport } from "./read-linkedin-export";
import { linkedInExportZip } from "./test-cvs/linkedin-export";
import { renderCv } from "./test-cvs/render-cv";

const names = (text: string) => findSkills(text, SKILLS).map((skill) => skill.name);

describe("skills in a CV's text", () => {
  it("knows the usual abbreviations and French names, spelled as the shared list spells them", () => {
    expect(names("JS, TS, k8s, Postgres, ML, apprentissage automatique, Node, sklearn")).toEqual([
      "JavaScript",
      "TypeScript",
      "Kubernetes",
      "PostgreSQL",
      "Machine learning",
      "Node.js",
      "scikit-learn",
    ]);
    expect(names("gestion de projets et tests d'intrusion")).toEqual(["Project management", "Penetration testing"]);
  });

  it("does not read ordinary words as skills", () => {
    expect(
      names("Préparation du tableau de bord. C'est en R&D que j'ai appris à react to incidents; we go fast. java"),
    ).toEqual(["Java"]);
    expect(names("JavaScript")).toEqual(["JavaScript"]);
    expect(names("Anglais C1, niveau B2")).toEqual([]);
  });

  it("keeps the longer name over the shorter it contains", () => {
    expect(names("Machine learning (ML), C/C++ et C++")).toEqual(["Machine learning", "C/C++"]);
  });
});

describe("dates and languages", () => {
  it("reads periods in French and English", () => {
    expect(findPeriod("Stagiaire — Capgemini | juin 2023 – août 2023")).toMatchObject({
      start: "2023-06",
      end: "2023-08",
    });
    expect(findPeriod("February 2024 - Present (8 months)")).toMatchObject({
      start: "2024-02",
      end: null,
      current: true,
    });
    expect(findPeriod("03/2024 - 08/2024")).toMatchObject({ start: "2024-03", end: "2024-08" });
    expect(findPeriod("Tél. 06 12 34 56 78, 69100 Villeurbanne")).toBeNull();
  });

  it("reads CEFR levels and the words that say one", () => {
    expect(
      readLanguages([
        "Anglais : courant",
        "Espagnol (B1)",
        "Arabe - langue maternelle",
        "German (Elementary)",
        "Italien",
      ]).map(({ language, level }) => [language, level]),
    ).toEqual([
      ["en", "C1"],
      ["es", "B1"],
      ["ar", "NATIVE"],
      ["de", "A2"],
      ["it", null],
    ]);
  });
});

describe("a CV's text analysed", () => {
  it("proposes degrees, jobs and languages from their sections", () => {
    const drafts = analyseCvText(
      [
        "Formation",
        "Master Informatique — Université de Lille | 2022 – 2024",
        "",
        "Expérience professionnelle",
        "Développeur (stage) — Decathlon | avril 2023 – août 2023",
        "Langues",
        "Anglais : C1",
      ].join("\n"),
      SKILLS,
    );
    expect(drafts.filter((d) => d.kind !== "SKILL").map(({ kind, data }) => ({ kind, data }))).toEqual([
      {
        kind: "EDUCATION",
        data: { institution: "Université de Lille", degree: "Master Informatique", start: "2022", end: "2024" },
      },
      { kind: "EXPERIENCE", data: { employer: "Decathlon", role: "Développeur", start: "2023-04", end: "2023-08" } },
      { kind: "LANGUAGE", data: { language: "en", level: "C1" } },
    ]);
  });
});

describe("reading a PDF", () => {
  it("reads a two-column CV column by column", async () => {
    const pdf = await renderCv({
      sidebar: ["Compétences", "Docker", "Figma"],
      main: [
        "Expérience",
        "Stagiaire développeur — Capgemini || 2023 – 2024",
        "Formation",
        "Master — Université de Lille || 2022 – 2024",
      ],
    });
    const read = await extractPdfText(pdf);
    expect(read.ok && read.text.split("\n")).toEqual([
      "Compétences",
      "Docker",
      "Figma",
      "",
      "Expérience",
      "Stagiaire développeur — Capgemini | 2023 – 2024",
      "Formation",
      "Master — Université de Lille | 2022 – 2024",
    ]);
  });

  it("says that a scanned CV (no text layer) has no text, and that a broken file cannot be read", async () => {
    const scan = await renderToBuffer(
      h(
        Document,
        null,
        h(Page, { size: "A4" }, h(View, { style: { width: 400, height: 600, backgroundColor: "#ccc" } })),
      ),
    );
    expect(await extractPdfText(new Uint8Array(scan))).toEqual({ ok: false, reason: "cvNoText" });
    expect(await extractPdfText(new TextEncoder().encode("%PDF-1.4\nnot really"))).toEqual({
      ok: false,
      reason: "cvUnreadable",
    });
  });
});

describe("a LinkedIn data export", () => {
  it("proposes the skills, positions, degrees and languages of its CSV files", () => {
    const read = readLinkedInExport(linkedInExportZip(), SKILLS);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.drafts.filter((d) => d.kind === "EXPERIENCE").map((d) => d.data)).toEqual([
      { employer: "Dassault Systèmes", role: "Stagiaire ingénieur logiciel", start: "2024-06", end: null },
      { employer: "Leroy Merlin", role: "Vendeur conseil", start: "2022-07", end: "2022-08" },
    ]);
    expect(read.drafts.filter((d) => d.kind === "LANGUAGE").map((d) => d.data)).toEqual([
      { language: "fr", level: "NATIVE" },
      { language: "en", level: "B2" },
    ]);
    expect(read.text).toContain("Stagiaire ingénieur logiciel — Dassault Systèmes");
  });

  it("says so when the archive holds none of the expected files, or is not an archive", () => {
    expect(readLinkedInExport(linkedInExportZip({ only: ["Connections.csv"] }), SKILLS)).toEqual({
      ok: false,
      reason: "linkedinArchiveIncomplete",
    });
    expect(readLinkedInExport(new TextEncoder().encode("PK\u0003\u0004 broken"), SKILLS)).toEqual({
      ok: false,
      reason: "linkedinArchiveUnreadable",
    });
  });
});
