import { db } from "@/lib/core/db";

/** A finished reading of the student's CV with one pending skill proposal (an allowed decision uses it up). */
export async function proposalOf(studentId: string) {
  const row = await db.profileImport.create({
    data: {
      studentId,
      source: "CV",
      status: "DONE",
      fileName: "cv.pdf",
      text: "Compétences\nFigma",
      finishedAt: new Date(),
      proposals: { create: { position: 0, kind: "SKILL", data: { name: "Figma" }, evidence: "Figma" } },
    },
    select: { id: true, proposals: { select: { id: true } } },
  });
  return { importId: row.id, proposalId: row.proposals[0].id };
}
