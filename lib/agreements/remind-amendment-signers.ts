import { db, type Tx } from "@/lib/core/db";
import { mailAmendmentSigningLink } from "./ask-amendment-signer";
import { amendmentTurn } from "./amendment-view";
import { dayStart, reminderDelays, reminderDue, type ReminderSkip } from "./remind-signers";
import { notifySignerAccount } from "./signer-messages";

const turnSelect = {
  id: true,
  status: true,
  steps: {
    orderBy: { order: "asc" as const },
    select: {
      id: true,
      status: true,
      signerName: true,
      signerEmail: true,
      askedAt: true,
      signer: { select: { id: true, email: true, locale: true } },
    },
  },
  agreement: {
    select: {
      id: true,
      language: true,
      student: { select: { user: { select: { name: true } } } },
      enterprise: { select: { name: true } },
    },
  },
};

/**
 * Reminds the party an amendment waits for, in the caller's transaction, if no step of the
 * amendment was reminded today (UTC): the step is claimed (`lastRemindedAt`) by a conditional
 * update, so two runs or a retried workflow step send one reminder. An account holder is told in
 * the app and by e-mail in their language; an outside signer gets a fresh single-use link (the
 * earlier one stops working) in the agreement's language.
 */
export async function remindAmendmentTurn(
  tx: Tx,
  amendmentId: string,
  now: Date,
): Promise<{ reminded: true; stepId: string } | { reminded: false; skipped: ReminderSkip }> {
  const amendment = await tx.agreementAmendment.findUnique({ where: { id: amendmentId }, select: turnSelect });
  const turn = amendment && amendmentTurn(amendment);
  if (!amendment || !turn || turn.status !== "PENDING") return { reminded: false, skipped: "notSigning" };
  if (!turn.askedAt) return { reminded: false, skipped: "notAsked" };
  const claimed = await tx.agreementAmendmentStep.updateMany({
    where: {
      id: turn.id,
      status: "PENDING",
      amendment: { status: "PROPOSED", steps: { none: { lastRemindedAt: { gte: dayStart(now) } } } },
    },
    data: { lastRemindedAt: now },
  });
  if (claimed.count === 0) return { reminded: false, skipped: "remindedToday" };
  const { agreement } = amendment;
  if (!turn.signer) {
    if (!turn.signerEmail) return { reminded: false, skipped: "notAsked" };
    await mailAmendmentSigningLink(tx, { ...turn, signerEmail: turn.signerEmail, amendment }, { reminder: true });
    return { reminded: true, stepId: turn.id };
  }
  await notifySignerAccount(tx, turn.signer, {
    name: turn.signerName,
    letter: "amendmentReminder",
    template: "amendmentReminder",
    values: { student: agreement.student.user.name, enterprise: agreement.enterprise.name },
    link: `/agreements/${agreement.id}#amendments`,
    data: { agreementId: agreement.id, amendmentId: amendment.id, stepId: turn.id, reminder: true },
  });
  return { reminded: true, stepId: turn.id };
}

/**
 * The scheduled reminders of amendments: every amendment being signed whose awaited party was last
 * asked or reminded at least N days ago (N: the agreement's circuit's `reminderAfterDays`, as for
 * the agreement itself) is reminded, each in its own transaction, never twice in one day.
 */
export async function remindAmendmentSigners(now = new Date()): Promise<{ reminded: number }> {
  const proposed = await db.agreementAmendment.findMany({
    where: { status: "PROPOSED", steps: { some: { status: "PENDING", askedAt: { not: null } } } },
    select: {
      id: true,
      status: true,
      agreement: {
        select: { universityId: true, student: { select: { program: { select: { departmentId: true } } } } },
      },
      steps: { orderBy: { order: "asc" }, select: { status: true, askedAt: true, lastRemindedAt: true } },
    },
    orderBy: { createdAt: "asc" },
    take: 5000,
  });
  const delayOf = reminderDelays();
  let reminded = 0;
  for (const amendment of proposed) {
    const turn = amendmentTurn(amendment);
    if (!turn?.askedAt || turn.status !== "PENDING") continue;
    const { universityId, student } = amendment.agreement;
    const days = await delayOf(universityId, student.program?.departmentId ?? null);
    if (!reminderDue(now, turn.askedAt, turn.lastRemindedAt, days)) continue;
    const outcome = await db.$transaction((tx) => remindAmendmentTurn(tx, amendment.id, now));
    if (outcome.reminded) reminded += 1;
  }
  return { reminded };
}
