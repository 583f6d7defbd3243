import { AppError } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { closeOffer } from "@/lib/offers/close-offer";
import { requireApplicationDecider } from "./policy";
import { closeWhenFilledSchema } from "./schemas";
import { recordStatusChange } from "./status-change";
import { OPEN_STATUSES } from "./transitions";

/**
 * Once every position of the offer is taken, closes it and declines the applications still open
 * (reason POSITION_FILLED, with the enterprise's optional message), in one transaction: each
 * change has its history row and event, so each remaining applicant is told once by the
 * status-change workflows. Refused (409 `positionsNotFilled`) while a position is free.
 */
export async function closeOfferWhenFilled(
  actor: Actor | null,
  offerId: string,
  input: unknown = {},
): Promise<{ offerId: string; declined: number }> {
  const me = requireApplicationDecider(actor);
  const { message } = await validate(closeWhenFilledSchema, input ?? {});
  let declined = 0;
  await closeOffer(me, offerId, async (tx) => {
    // closeOffer found the offer among the caller's enterprise's; lock it while counting.
    const [offer] = await tx.$queryRaw<{ positions: number }[]>`
      select positions from "Offer" where id = ${offerId} and "enterpriseId" = ${me.enterprise.id} for update`;
    const accepted = await tx.application.count({ where: { offerId, status: "ACCEPTED" } });
    const positions = offer?.positions ?? 0;
    if (accepted < positions) {
      throw new AppError(
        "CONFLICT",
        { key: "positionsNotFilled", values: { positions, accepted } },
        { extensions: { positions, accepted } },
      );
    }
    const open = await tx.application.findMany({
      where: { offerId, status: { in: [...OPEN_STATUSES] } },
      select: { id: true, status: true },
      orderBy: { submittedAt: "asc" },
    });
    const decidedAt = new Date();
    for (const application of open) {
      await recordStatusChange(tx, {
        applicationId: application.id,
        owner: { offer: { enterpriseId: me.enterprise.id } },
        from: application.status,
        to: "REJECTED",
        actorId: me.userId,
        rejectionReason: "POSITION_FILLED",
        note: message ?? null,
        data: { decidedAt },
      });
    }
    declined = open.length;
  });
  return { offerId, declined };
}
