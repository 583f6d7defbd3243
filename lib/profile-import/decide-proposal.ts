import { db } from "@/lib/core/db";
import { AppError, conflict, notFound } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireOwnStudent } from "@/lib/students/policy";
import { applyProposal } from "./apply-proposal";
import { proposalDecisionSchema } from "./schemas";

export type Decision = "accept" | "reject";

/**
 * The student accepts or rejects one proposal of their own import. Nothing reaches the profile
 * before an acceptance; the proposal is claimed first (so a double click applies it once), then
 * written through the students' use cases, and released again if they refuse it (a full list).
 */
export async function decideProposal(
  actor: Actor | null,
  studentId: string,
  importId: string,
  proposalId: string,
  input: unknown,
) {
  const me = requireOwnStudent(actor, studentId);
  const { decision } = await validate(proposalDecisionSchema, { decision: input });
  const proposal = await db.profileProposal.findFirst({
    where: { id: proposalId, importId, import: { studentId: me.studentId } },
    select: { id: true, kind: true, data: true, status: true },
  });
  if (!proposal) throw notFound("proposalNotFound");
  const claimed = await db.profileProposal.updateMany({
    where: { id: proposal.id, status: "PENDING" },
    data: { status: decision === "accept" ? "ACCEPTED" : "REJECTED", decidedAt: new Date() },
  });
  if (claimed.count === 0) throw conflict("proposalAlreadyDecided");
  if (decision === "accept") {
    try {
      await applyProposal(me, me.studentId, proposal.kind, proposal.data);
    } catch (error) {
      await db.profileProposal.update({ where: { id: proposal.id }, data: { status: "PENDING", decidedAt: null } });
      throw error;
    }
  }
  return db.profileProposal.findUniqueOrThrow({
    where: { id: proposal.id },
    select: { id: true, kind: true, status: true, data: true, evidence: true, decidedAt: true },
  });
}

/**
 * Every pending proposal of an import accepted (or rejected) in order; one the profile refuses (the
 * skill list is full, a date is impossible) stays pending with its reason, the others go through.
 */
export async function decideAllProposals(actor: Actor | null, studentId: string, importId: string, input: unknown) {
  const me = requireOwnStudent(actor, studentId);
  const { decision } = await validate(proposalDecisionSchema, { decision: input });
  const pending = await db.profileProposal.findMany({
    where: { importId, status: "PENDING", import: { studentId: me.studentId } },
    select: { id: true },
    orderBy: { position: "asc" },
  });
  if (!pending.length && !(await db.profileImport.count({ where: { id: importId, studentId: me.studentId } })))
    throw notFound("profileImportNotFound");
  let decided = 0;
  const refused: { proposalId: string; reason: string }[] = [];
  for (const { id } of pending) {
    try {
      await decideProposal(me, studentId, importId, id, decision);
      decided++;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      refused.push({ proposalId: id, reason: error.reason.key });
    }
  }
  return { decided, refused };
}
