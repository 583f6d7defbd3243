import type { Tx } from "@/lib/core/db";
import type { EvaluationFormKind } from "@/lib/generated/prisma/enums";
import { issueGuestLink } from "@/lib/identity/guest-link";
import { queueEmail } from "@/lib/notifications/queue-email";
import { evaluationLinkEmail } from "./evaluation-emails";
import type { EvaluationInternship } from "./evaluation-internship";

/** A tutor's link lasts three days: long enough to find time, short enough for a forwarded mail to go stale. */
export const LINK_LIFETIME_HOURS = 72;

export type LinkData = { internshipId: string; kind: EvaluationFormKind };

/** Issues a tutor's single-use link and queues its e-mail to `to`, in the caller's transaction. */
export async function issueEvaluationLink(
  tx: Tx,
  internship: EvaluationInternship,
  kind: EvaluationFormKind,
  to: { email: string; name: string; userId: string | null; locale: string },
) {
  const data: LinkData = { internshipId: internship.id, kind };
  const { token } = await issueGuestLink(tx, "EVALUATION_LINK", to, data, LINK_LIFETIME_HOURS);
  await queueEmail(
    tx,
    to.email,
    evaluationLinkEmail({
      locale: to.locale,
      name: to.name,
      token,
      kind,
      studentName: internship.student.user.name,
      enterpriseName: internship.enterprise.name,
      hours: LINK_LIFETIME_HOURS,
    }),
  );
}
