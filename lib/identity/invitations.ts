import { db, type Tx } from "@/lib/core/db";

/** The invitation links of a university's staff, whether used, pending or expired (newest first). */
export async function universityInvitations(universityId: string, tx: Tx = db) {
  return tx.authToken.findMany({
    where: { purpose: "INVITATION", data: { path: ["universityId"], equals: universityId } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, data: true, expiresAt: true, usedAt: true, createdAt: true },
  });
}

/** One unused invitation of the university, or null. */
export async function pendingUniversityInvitation(tx: Tx, universityId: string, invitationId: string) {
  return tx.authToken.findFirst({
    where: {
      id: invitationId,
      purpose: "INVITATION",
      usedAt: null,
      data: { path: ["universityId"], equals: universityId },
    },
    select: { id: true, email: true, data: true },
  });
}

/** Withdraws an unused invitation: its link stops working at once. Returns whether one was withdrawn. */
export async function withdrawInvitation(tx: Tx, invitationId: string): Promise<boolean> {
  const { count } = await tx.authToken.deleteMany({ where: { id: invitationId, purpose: "INVITATION", usedAt: null } });
  return count === 1;
}
