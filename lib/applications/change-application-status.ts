import { db } from "@/lib/core/db";
import { AppError, notFound } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { applicationSelect, toApplicationView, type ApplicationView } from "./application-view";
import { applicationScope, requireApplicationDecider } from "./policy";
import { statusChangeSchema } from "./schemas";
import { recordStatusChange, transitionRefused } from "./status-change";
import { submitApplication } from "./submit-application";
import { allowedMoves, canMove } from "./transitions";
import { withdrawApplication } from "./withdraw-application";

/**
 * Moves an application through the pipeline (the table in transitions.ts): the enterprise's
 * admins and recruiters review, shortlist, interview, accept or decline (with a reason and an
 * optional message to the student); a student's own moves (send, withdraw) go to their use cases.
 * Accepting beyond the offer's positions needs `confirmOverPositions`.
 */
export async function changeApplicationStatus(
  actor: Actor | null,
  applicationId: string,
  input: unknown,
): Promise<ApplicationView> {
  const known = requireActor(actor);
  const data = await validate(statusChangeSchema, input);
  if (known.role === "STUDENT") {
    if (data.status === "WITHDRAWN") return withdrawApplication(known, applicationId, { reason: data.message });
    if (data.status === "SUBMITTED") return submitApplication(known, applicationId);
    const own = await db.application.findFirst({
      where: { AND: [{ id: applicationId }, applicationScope(known)] },
      select: { status: true },
    });
    if (!own) throw notFound("applicationNotFound");
    throw transitionRefused(own.status, data.status, allowedMoves(own.status, "student"));
  }
  const me = requireApplicationDecider(known);
  await db.$transaction(async (tx) => {
    const application = await tx.application.findFirst({
      where: { AND: [{ id: applicationId }, applicationScope(me)] },
      select: { status: true, offerId: true },
    });
    if (!application) throw notFound("applicationNotFound");
    const { status: from, offerId } = application;
    const to = data.status;
    if (!canMove(from, to, "enterprise")) throw transitionRefused(from, to, allowedMoves(from, "enterprise"));
    if (to === "ACCEPTED" && !data.confirmOverPositions) {
      // Lock the offer so two recruiters accepting at once count each other.
      const [offer] = await tx.$queryRaw<{ positions: number }[]>`
        select positions from "Offer" where id = ${offerId} for update`;
      const accepted = await tx.application.count({ where: { offerId, status: "ACCEPTED" } });
      if (offer && accepted >= offer.positions) {
        throw new AppError(
          "CONFLICT",
          { key: "overPositions", values: { positions: offer.positions, accepted } },
          { extensions: { positions: offer.positions, accepted, confirm: "confirmOverPositions" } },
        );
      }
    }
    await recordStatusChange(tx, {
      applicationId,
      owner: { offer: { enterpriseId: me.enterprise.id } },
      from,
      to,
      actorId: me.userId,
      rejectionReason: to === "REJECTED" ? data.reason : null,
      note: to === "REJECTED" ? (data.message ?? null) : null,
      data: to === "ACCEPTED" || to === "REJECTED" ? { decidedAt: new Date() } : {},
    });
  });
  const row = await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: applicationSelect });
  return toApplicationView(row, me);
}
