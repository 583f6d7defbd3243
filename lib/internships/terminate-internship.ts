import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import type { Actor } from "@/lib/identity/actor";
import { allowedFrom } from "./complete-internship";
import { ownInternship } from "./own-internship";

/**
 * The supervisor or a university admin ends an internship early (planned or under way), with the
 * reason (a serious issue, an amendment ending it…), kept on the internship and in the audit log;
 * the other parties are told (`internship.terminated`).
 */
export async function terminateInternship(actor: Actor | null, internshipId: string, reason: string) {
  return db.$transaction(async (tx) => {
    const { me, internship } = await ownInternship(tx, actor, internshipId, "changeStatus");
    const refused = () =>
      new AppError("CONFLICT", "internshipStatusConflict", {
        extensions: { status: internship.status, allowed: allowedFrom(internship.status) },
      });
    if (!allowedFrom(internship.status).includes("TERMINATED")) throw refused();
    const now = new Date();
    const done = await tx.internship.updateMany({
      where: { id: internshipId, status: internship.status },
      data: { status: "TERMINATED", terminationReason: reason, terminatedAt: now },
    });
    if (done.count === 0) throw refused();
    await recordEvent(tx, "internship.terminated", { internshipId, byUserId: me.userId });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "internship.terminated",
      entity: "Internship",
      entityId: internshipId,
      before: { status: internship.status },
      after: { status: "TERMINATED", terminationReason: reason },
    });
    return { id: internshipId, status: "TERMINATED" as const, terminatedAt: now, terminationReason: reason };
  });
}
