import type { Tx } from "@/lib/core/db";
import { recordEvent } from "@/lib/core/outbox";

/**
 * Records a reviewer's decision on a pending document, in the caller's transaction: validated
 * (with a document.validated event) or rejected with its reason (document.rejected). Not a use case: the caller
 * decides who reviews which document. Returns false when it was no longer pending.
 */
export async function reviewDocument(
  tx: Tx,
  documentId: string,
  decision: { status: "VALIDATED" | "REJECTED"; reviewerId: string; reason?: string | null },
): Promise<boolean> {
  const { count } = await tx.document.updateMany({
    where: { id: documentId, status: "PENDING", deletedAt: null },
    data: {
      status: decision.status,
      validatedById: decision.reviewerId,
      validatedAt: new Date(),
      rejectionReason: decision.status === "REJECTED" ? (decision.reason ?? null) : null,
    },
  });
  if (count === 1)
    await recordEvent(tx, decision.status === "VALIDATED" ? "document.validated" : "document.rejected", { documentId });
  return count === 1;
}
