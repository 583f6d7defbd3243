import { recordAudit } from "@/lib/core/audit";
import type { Tx } from "@/lib/core/db";
import { AppError, conflict } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import type { ApplicationStatus, Prisma, RejectionReason } from "@/lib/generated/prisma/client";
import { eventOf } from "./transitions";

/** A move the table does not allow: 409, naming the moves the caller may make instead. */
export const transitionRefused = (from: ApplicationStatus, to: ApplicationStatus, allowed: ApplicationStatus[]) =>
  new AppError("CONFLICT", { key: "transitionNotAllowed", values: { from, to } }, { extensions: { allowed } });

/**
 * Moves an application from `from` to `to` in the caller's transaction, and writes what every
 * change writes: its history row, an audit entry and its event. The update is conditional on the
 * status read (and on `owner`), so of two concurrent moves only one happens. Returns the history row's id.
 */
export async function recordStatusChange(
  tx: Tx,
  change: {
    applicationId: string;
    owner: Prisma.ApplicationWhereInput;
    from: ApplicationStatus;
    to: ApplicationStatus;
    actorId: string;
    rejectionReason?: RejectionReason | null;
    note?: string | null;
    /** Columns that change with the status (submittedAt, matchScore, decidedAt…). */
    data?: Prisma.ApplicationUpdateManyMutationInput;
  },
): Promise<string> {
  const { applicationId, from, to, actorId } = change;
  const updated = await tx.application.updateMany({
    where: { AND: [{ id: applicationId, status: from }, change.owner] },
    data: { ...change.data, status: to },
  });
  if (updated.count === 0) throw conflict("applicationChangedMeanwhile");
  const row = await tx.applicationStatusChange.create({
    data: {
      applicationId,
      fromStatus: from,
      toStatus: to,
      actorId,
      rejectionReason: change.rejectionReason ?? null,
      note: change.note ?? null,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId,
    action: `application.${to.toLowerCase()}`,
    entity: "Application",
    entityId: applicationId,
    before: { status: from },
    after: { status: to, ...(change.rejectionReason && { rejectionReason: change.rejectionReason }) },
  });
  if (to === "REJECTED" || to === "WITHDRAWN") await cancelUpcomingInterview(tx, applicationId);
  const name = eventOf(to);
  const data = { applicationId, changeId: row.id };
  if (name === "application.status-changed") await recordEvent(tx, name, { ...data, status: to });
  else await recordEvent(tx, name, data);
  return row.id;
}

/**
 * A declined or withdrawn application keeps no interview: its upcoming booking is cancelled (the
 * calendars of both sides receive the cancellation, and no reminder goes out). A past one stays
 * as it happened.
 */
async function cancelUpcomingInterview(tx: Tx, applicationId: string) {
  const booking = await tx.interviewBooking.findFirst({
    where: { applicationId, status: "BOOKED", slot: { startsAt: { gt: new Date() } } },
    select: { id: true },
  });
  if (!booking) return;
  const { sequence } = await tx.interviewBooking.update({
    where: { id: booking.id },
    data: { status: "CANCELLED", sequence: { increment: 1 } },
    select: { sequence: true },
  });
  await recordEvent(tx, "interview.cancelled", { bookingId: booking.id, sequence });
}
