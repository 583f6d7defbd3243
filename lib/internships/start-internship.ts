import type { Tx } from "@/lib/core/db";
import { recordEvent } from "@/lib/core/outbox";

/**
 * Creates the internship of a validated agreement, in the agreements slice's transaction:
 * `ACTIVE` (with `internship.started`) when its first day has come (UTC), else `PLANNED`, which
 * the daily `activate-internships` workflow starts on its first day. The tutor is the enterprise's
 * member whose address the agreement names, if there is one. Called once per agreement
 * (Internship.agreementId is unique).
 */
export async function startInternship(
  tx: Tx,
  agreement: {
    id: string;
    studentId: string;
    enterpriseId: string;
    universityId: string;
    offerId: string | null;
    supervisorId: string | null;
    startDate: Date;
    endDate: Date;
  },
): Promise<{ id: string; status: "PLANNED" | "ACTIVE" }> {
  const today = new Date(new Date().toISOString().slice(0, 10));
  const active = agreement.startDate <= today;
  const { tutorEmail } = await tx.agreement.findUniqueOrThrow({
    where: { id: agreement.id },
    select: { tutorEmail: true },
  });
  const tutor = tutorEmail
    ? await tx.enterpriseMember.findFirst({
        where: { enterpriseId: agreement.enterpriseId, user: { email: tutorEmail } },
        select: { id: true },
      })
    : null;
  const internship = await tx.internship.create({
    data: {
      agreementId: agreement.id,
      studentId: agreement.studentId,
      enterpriseId: agreement.enterpriseId,
      universityId: agreement.universityId,
      offerId: agreement.offerId,
      supervisorId: agreement.supervisorId,
      tutorMemberId: tutor?.id ?? null,
      startDate: agreement.startDate,
      endDate: agreement.endDate,
      status: active ? "ACTIVE" : "PLANNED",
      startedAt: active ? new Date() : null,
    },
    select: { id: true, status: true },
  });
  if (active) await recordEvent(tx, "internship.started", { internshipId: internship.id });
  return internship as { id: string; status: "PLANNED" | "ACTIVE" };
}
