import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { agreementScope } from "./policy";

/**
 * For an accepted application's page: its agreement if the caller may read it, and the student's
 * university (where a new one is drafted). Only the student and their university's admins draft.
 */
export async function applicationAgreement(actor: Actor, applicationId: string) {
  const application = await db.application.findFirst({
    where: {
      id: applicationId,
      status: "ACCEPTED",
      student:
        actor.role === "STUDENT"
          ? { id: actor.studentId ?? "-" }
          : { universityId: actor.role === "UNIVERSITY_ADMIN" ? (actor.university?.id ?? "-") : "-" },
    },
    select: { student: { select: { universityId: true } } },
  });
  if (!application) return null;
  const agreement = await db.agreement.findFirst({
    where: { AND: [{ applicationId }, agreementScope(actor)] },
    select: { id: true },
  });
  return { universityId: application.student.universityId, agreementId: agreement?.id ?? null };
}
