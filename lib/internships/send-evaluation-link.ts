import { db } from "@/lib/core/db";
import { conflict, forbidden } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { scopedInternship, tutorContact } from "./evaluation-internship";
import { issueEvaluationLink } from "./evaluation-links";
import { sendLinkSchema } from "./evaluation-schemas";

/**
 * E-mails the tutor a single-use link to their evaluation (`{ kind: TUTOR_MIDTERM | TUTOR_FINAL }`),
 * for a tutor without an account or who prefers the link. Any party but the student may ask; the
 * address is the tutor's (account, else agreement), never one given by the caller.
 */
export async function sendEvaluationLink(actor: Actor | null, internshipId: string, input: unknown) {
  const me = requireActor(actor);
  if (me.role === "STUDENT") throw forbidden();
  const { kind } = await validate(sendLinkSchema, input);
  return db.$transaction(async (tx) => {
    const internship = await scopedInternship(me, internshipId, tx);
    if (internship.status !== "ACTIVE") throw conflict("internshipNotActive");
    const submitted = await tx.internshipEvaluation.findUnique({
      where: { internshipId_formKind: { internshipId: internship.id, formKind: kind } },
      select: { id: true },
    });
    if (submitted) throw conflict("evaluationAlreadySubmitted");
    const tutor = tutorContact(internship);
    if (!tutor) throw conflict("tutorEmailMissing");
    await issueEvaluationLink(tx, internship, kind, tutor);
    return { sent: true as const, kind };
  });
}
