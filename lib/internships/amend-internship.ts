import { recordAudit } from "@/lib/core/audit";
import type { Tx } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { allowedFrom } from "./complete-internship";

export type InternshipAmendment = {
  startDate?: Date;
  endDate?: Date;
  supervisorId?: string | null;
  /** The tutor's address as amended: the enterprise's member with that address becomes the tutor. */
  tutorEmail?: string | null;
  /** The internship ends early, with this reason (the end date is the amended `endDate`). */
  earlyEnd?: { reason: string };
};

/**
 * Applies a signed amendment of its agreement to the internship, in the agreements slice's
 * transaction: new dates, supervisor or tutor; an early end terminates it with the reason, under
 * the same rule as `terminateInternship` (only a planned or active internship ends early).
 */
export async function amendInternship(
  tx: Tx,
  agreementId: string,
  change: InternshipAmendment,
  actorId: string | null,
): Promise<{ id: string; status: string } | null> {
  const internship = await tx.internship.findUnique({
    where: { agreementId },
    select: { id: true, status: true, enterpriseId: true, startDate: true, endDate: true, supervisorId: true },
  });
  if (!internship) return null;
  const data: Record<string, unknown> = {};
  if (change.startDate) data.startDate = change.startDate;
  if (change.endDate) data.endDate = change.endDate;
  if (change.supervisorId !== undefined) data.supervisorId = change.supervisorId;
  if (change.tutorEmail !== undefined) {
    const tutor = change.tutorEmail
      ? await tx.enterpriseMember.findFirst({
          where: { enterpriseId: internship.enterpriseId, user: { email: change.tutorEmail } },
          select: { id: true },
        })
      : null;
    data.tutorMemberId = tutor?.id ?? null;
  }
  let status = internship.status as string;
  if (change.earlyEnd) {
    if (!allowedFrom(internship.status).includes("TERMINATED")) {
      throw new AppError("CONFLICT", "internshipStatusConflict", {
        extensions: { status: internship.status, allowed: allowedFrom(internship.status) },
      });
    }
    Object.assign(data, { status: "TERMINATED", terminationReason: change.earlyEnd.reason, terminatedAt: new Date() });
    status = "TERMINATED";
  }
  if (Object.keys(data).length === 0) return { id: internship.id, status };
  await tx.internship.update({ where: { id: internship.id, status: internship.status }, data });
  await recordAudit(tx, {
    actorId,
    action: change.earlyEnd ? "internship.terminated" : "internship.amended",
    entity: "Internship",
    entityId: internship.id,
    before: { status: internship.status, startDate: internship.startDate, endDate: internship.endDate },
    after: { ...data, origin: "amendment" } as never,
  });
  return { id: internship.id, status };
}
