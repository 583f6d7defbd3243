import type { Tx } from "@/lib/core/db";
import type { SkillData } from "./proposal-data";

/**
 * The skills a student accepted from their CV or LinkedIn, lower-cased, so that a match score can
 * say which of its skills came from there. The caller has already checked who may ask.
 */
export async function listImportedSkills(client: Tx, studentId: string): Promise<string[]> {
  const accepted = await client.profileProposal.findMany({
    where: { kind: "SKILL", status: "ACCEPTED", import: { studentId } },
    select: { data: true },
  });
  return accepted.map((row) => String((row.data as SkillData).name ?? "").toLowerCase()).filter(Boolean);
}
