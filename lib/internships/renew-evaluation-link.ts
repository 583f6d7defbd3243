import { db } from "@/lib/core/db";
import { readGuestLink } from "@/lib/identity/guest-link";
import { loadInternship, tutorContact } from "./evaluation-internship";
import { issueEvaluationLink, type LinkData } from "./evaluation-links";

/**
 * A used or expired link asks for a new one: it is e-mailed to the address the first one went to,
 * which the visitor never sees. The answer is the same whatever the token (unknown, still valid,
 * internship ended), so it tells nothing about it.
 */
export async function renewEvaluationLink(token: unknown): Promise<{ requested: true }> {
  if (typeof token !== "string") return { requested: true };
  await db.$transaction(async (tx) => {
    const link = await readGuestLink(tx, "EVALUATION_LINK", token);
    if (!link || link.state === "valid") return;
    const { internshipId, kind } = link.data as LinkData;
    const internship = await loadInternship({ id: internshipId }, tx);
    if (!internship || internship.status !== "ACTIVE") return;
    const tutor = tutorContact(internship);
    const name = tutor?.email.toLowerCase() === link.email.toLowerCase() ? tutor.name : "";
    await issueEvaluationLink(tx, internship, kind, {
      email: link.email,
      name,
      userId: link.userId,
      locale: tutor?.locale ?? "fr",
    });
  });
  return { requested: true };
}
