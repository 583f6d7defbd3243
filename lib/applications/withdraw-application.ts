import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireStudent } from "@/lib/students/policy";
import { applicationSelect, toApplicationView, type ApplicationView } from "./application-view";
import { withdrawSchema } from "./schemas";
import { recordStatusChange, transitionRefused } from "./status-change";
import { allowedMoves, canMove } from "./transitions";

/**
 * The student withdraws a sent application that is still open, with an optional reason the
 * enterprise reads. They may apply to the same offer again afterwards.
 */
export async function withdrawApplication(
  actor: Actor | null,
  applicationId: string,
  input: unknown = {},
): Promise<ApplicationView> {
  const me = requireStudent(actor);
  const { reason } = await validate(withdrawSchema, input);
  await db.$transaction(async (tx) => {
    const application = await tx.application.findFirst({
      where: { id: applicationId, studentId: me.studentId },
      select: { status: true },
    });
    if (!application) throw notFound("applicationNotFound");
    const from = application.status;
    if (!canMove(from, "WITHDRAWN", "student"))
      throw transitionRefused(from, "WITHDRAWN", allowedMoves(from, "student"));
    await recordStatusChange(tx, {
      applicationId,
      owner: { studentId: me.studentId },
      from,
      to: "WITHDRAWN",
      actorId: me.userId,
      note: reason ?? null,
    });
  });
  const row = await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: applicationSelect });
  return toApplicationView(row, me);
}
