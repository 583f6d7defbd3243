import type { Tx } from "@/lib/core/db";
import { issueAccountLink } from "./issue-account-link";

/** How long the link of a student put on a roster works: long enough for a start-of-year import. */
const ROSTER_LINK_HOURS = 14 * 24;

/**
 * Opens the account of a student a university put on its roster, with its Student row, and e-mails
 * a single-use link to choose a password (the reset-password page; following it confirms the
 * address). In the caller's transaction, so a failed import leaves neither account nor e-mail.
 */
export async function inviteStudentAccount(
  tx: Tx,
  input: {
    email: string;
    name: string;
    locale: "fr" | "en" | "ar";
    university: { id: string; name: string };
    roster: { programId: string | null; studentNumber: string | null; yearOfStudy: number | null };
  },
): Promise<{ userId: string; studentId: string }> {
  const user = await tx.user.create({
    data: {
      email: input.email,
      name: input.name,
      role: "STUDENT",
      locale: input.locale,
      student: { create: { universityId: input.university.id, ...input.roster } },
    },
    select: { id: true, student: { select: { id: true } } },
  });
  await issueAccountLink(
    tx,
    "RESET_PASSWORD",
    { email: input.email, userId: user.id, name: input.name, locale: input.locale },
    undefined,
    { kind: "rosterInvitation", values: { university: input.university.name }, lifetimeHours: ROSTER_LINK_HOURS },
  );
  return { userId: user.id, studentId: user.student!.id };
}
