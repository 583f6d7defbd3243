import { db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { consumeAccountLink } from "@/lib/identity/consume-account-link";
import { loadInternship, tutorContact } from "./evaluation-internship";
import type { LinkData } from "./evaluation-links";
import { writeEvaluation } from "./write-evaluation";

/**
 * A tutor without an account sends the evaluation their e-mailed link opened. The link is used up
 * in the same transaction as the evaluation is written: refused answers leave it usable, a second
 * send is refused (the page then offers a new link).
 */
export async function submitLinkedEvaluation(token: unknown, input: unknown) {
  if (typeof token !== "string" || !token || token.length > 200) throw new AppError("INVALID_TOKEN", "invalidLink");
  return db.$transaction(async (tx) => {
    const link = await consumeAccountLink(tx, "EVALUATION_LINK", token);
    const { internshipId, kind } = link.data as LinkData;
    const internship = await loadInternship({ id: internshipId }, tx);
    if (!internship) throw new AppError("INVALID_TOKEN", "invalidLink");
    const tutor = tutorContact(internship);
    return writeEvaluation(tx, internship, kind, input, {
      userId: link.userId,
      name: tutor?.email === link.email ? tutor.name || null : null,
      email: link.email,
    });
  });
}
