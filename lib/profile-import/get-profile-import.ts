import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireOwnStudent } from "@/lib/students/policy";

export const profileImportSelect = {
  id: true,
  source: true,
  status: true,
  fileName: true,
  failureReason: true,
  createdAt: true,
  finishedAt: true,
} as const;

const proposalSelect = { id: true, kind: true, status: true, data: true, evidence: true, decidedAt: true } as const;

/** One of the student's own imports, with its text and its proposals in the order they were read. */
export async function getProfileImport(actor: Actor | null, studentId: string, importId: string) {
  const me = requireOwnStudent(actor, studentId);
  const row = await db.profileImport.findFirst({
    where: { id: importId, studentId: me.studentId },
    select: { ...profileImportSelect, text: true, proposals: { select: proposalSelect, orderBy: { position: "asc" } } },
  });
  if (!row) throw notFound("profileImportNotFound");
  return row;
}

/** The student's imports, newest first (the last ten). */
export async function listProfileImports(actor: Actor | null, studentId: string) {
  const me = requireOwnStudent(actor, studentId);
  const items = await db.profileImport.findMany({
    where: { studentId: me.studentId },
    select: { ...profileImportSelect, _count: { select: { proposals: { where: { status: "PENDING" } } } } },
    orderBy: { createdAt: "desc" },
    take: 10,
  });
  return {
    items: items.map(({ _count, ...item }) => ({ ...item, pendingProposals: _count.proposals })),
  };
}
