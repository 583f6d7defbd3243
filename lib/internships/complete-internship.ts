import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { AppError, conflict } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import type { Actor } from "@/lib/identity/actor";
import { missingForCompletion } from "./completion-requirements";
import { ownInternship } from "./own-internship";

/**
 * The supervisor or a university admin completes an internship under way, only once nothing is
 * missing (the final report validated, the final evaluations: completion-requirements.ts); the
 * refusal names what is missing (`missing`). Emits `internship.completed` (certificates react to it).
 */
export async function completeInternship(actor: Actor | null, internshipId: string) {
  return db.$transaction(async (tx) => {
    const { me, internship } = await ownInternship(tx, actor, internshipId, "changeStatus");
    if (internship.status !== "ACTIVE") {
      throw new AppError("CONFLICT", "internshipStatusConflict", {
        extensions: { status: internship.status, allowed: allowedFrom(internship.status) },
      });
    }
    const missing = await missingForCompletion(tx, internshipId);
    if (missing.length) {
      throw new AppError(
        "CONFLICT",
        { key: "internshipIncomplete", values: { count: missing.length } },
        {
          extensions: { missing },
        },
      );
    }
    const now = new Date();
    const done = await tx.internship.updateMany({
      where: { id: internshipId, status: "ACTIVE" },
      data: { status: "COMPLETED", completedAt: now },
    });
    if (done.count === 0) throw conflict("internshipStatusConflict");
    await recordEvent(tx, "internship.completed", { internshipId });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "internship.completed",
      entity: "Internship",
      entityId: internshipId,
      before: { status: "ACTIVE" },
      after: { status: "COMPLETED", completedAt: now.toISOString() },
    });
    return { id: internshipId, status: "COMPLETED" as const, completedAt: now };
  });
}

/** The statuses an internship may be moved to by hand from the one it has. */
export function allowedFrom(status: string): string[] {
  if (status === "ACTIVE") return ["COMPLETED", "TERMINATED"];
  if (status === "PLANNED") return ["TERMINATED"];
  return [];
}
