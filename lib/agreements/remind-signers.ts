import { db, type Tx } from "@/lib/core/db";
import { mailSigningLink } from "./ask-signer";
import { circuitFor } from "./circuit";
import { notifySignerAccount } from "./signer-messages";

const DAY_MS = 86_400_000;

/** Midnight (UTC) of the day of `now`: an agreement is reminded at most once per such day. */
export const dayStart = (now: Date) => new Date(now.toISOString().slice(0, 10));

/**
 * Whether the circuit's delay has passed since the party was asked or last reminded, counted in
 * calendar days (UTC), so a daily run does not slip a day behind the hour they were asked.
 */
export function reminderDue(now: Date, askedAt: Date, lastRemindedAt: Date | null, days: number): boolean {
  const last = new Date(Math.max(askedAt.getTime(), lastRemindedAt?.getTime() ?? 0));
  return dayStart(now).getTime() - dayStart(last).getTime() >= days * DAY_MS;
}

/** The reminder delay of the circuit that applies, read once per university and department. */
export function reminderDelays(): (universityId: string, departmentId: string | null) => Promise<number> {
  const delays = new Map<string, number>();
  return async (universityId, departmentId) => {
    const key = `${universityId}:${departmentId}`;
    if (!delays.has(key)) delays.set(key, (await circuitFor(db, universityId, departmentId)).reminderAfterDays);
    return delays.get(key)!;
  };
}

export type ReminderSkip = "notSigning" | "remindedToday" | "notAsked";

const turnSelect = {
  id: true,
  status: true,
  universityId: true,
  language: true,
  student: { select: { user: { select: { name: true } }, program: { select: { departmentId: true } } } },
  enterprise: { select: { name: true } },
  steps: {
    orderBy: { order: "asc" as const },
    select: {
      id: true,
      order: true,
      party: true,
      status: true,
      signerUserId: true,
      signerName: true,
      signerEmail: true,
      deadline: true,
      askedAt: true,
      lastRemindedAt: true,
      signer: { select: { id: true, email: true, locale: true } },
    },
  },
};

/**
 * Reminds the party an agreement waits for, in the caller's transaction, if no step of the
 * agreement was reminded today (UTC): the step is claimed (`lastRemindedAt`) by a conditional
 * update, so two runs, a retried workflow step or a click on the board send one reminder. An
 * account holder is told in the app and by e-mail; an outside signer gets a fresh single-use link
 * (the earlier one stops working), in the agreement's language.
 */
export async function remindTurn(
  tx: Tx,
  agreementId: string,
  now: Date,
): Promise<{ reminded: true; stepId: string } | { reminded: false; skipped: ReminderSkip }> {
  const agreement = await tx.agreement.findUnique({ where: { id: agreementId }, select: turnSelect });
  if (!agreement || agreement.status !== "SIGNING") return { reminded: false, skipped: "notSigning" };
  const turn = agreement.steps.find((s) => s.status !== "SIGNED");
  if (!turn || turn.status !== "PENDING") return { reminded: false, skipped: "notSigning" };
  if (!turn.askedAt) return { reminded: false, skipped: "notAsked" };
  const today = dayStart(now);
  const claimed = await tx.agreementStep.updateMany({
    where: {
      id: turn.id,
      status: "PENDING",
      agreement: { status: "SIGNING", steps: { none: { lastRemindedAt: { gte: today } } } },
    },
    data: { lastRemindedAt: now },
  });
  if (claimed.count === 0) return { reminded: false, skipped: "remindedToday" };
  const asked = { ...turn, agreement };
  if (!turn.signer) {
    if (!turn.signerEmail) return { reminded: false, skipped: "notAsked" };
    await mailSigningLink(tx, asked, { reminder: true });
    return { reminded: true, stepId: turn.id };
  }
  await notifySignerAccount(tx, turn.signer, {
    name: turn.signerName,
    letter: "reminder",
    template: "agreementReminder",
    values: { student: agreement.student.user.name, enterprise: agreement.enterprise.name },
    link: `/agreements/${agreement.id}`,
    data: { agreementId: agreement.id, stepId: turn.id, reminder: true },
  });
  return { reminded: true, stepId: turn.id };
}

/**
 * The scheduled reminders: every agreement being signed whose awaited party was last asked or
 * reminded at least N days ago (N: the circuit's `reminderAfterDays`, 3 by default) is reminded,
 * each in its own transaction, never twice in one day.
 */
export async function remindAgreementSigners(now = new Date()): Promise<{ reminded: number }> {
  const signing = await db.agreement.findMany({
    where: { status: "SIGNING", steps: { some: { status: "PENDING", askedAt: { not: null } } } },
    select: {
      id: true,
      universityId: true,
      student: { select: { program: { select: { departmentId: true } } } },
      steps: { orderBy: { order: "asc" }, select: { status: true, askedAt: true, lastRemindedAt: true } },
    },
    orderBy: { submittedAt: "asc" },
    take: 5000,
  });
  const delayOf = reminderDelays();
  let reminded = 0;
  for (const agreement of signing) {
    const turn = agreement.steps.find((s) => s.status !== "SIGNED");
    if (!turn?.askedAt || turn.status !== "PENDING") continue;
    const days = await delayOf(agreement.universityId, agreement.student.program?.departmentId ?? null);
    if (!reminderDue(now, turn.askedAt, turn.lastRemindedAt, days)) continue;
    const outcome = await db.$transaction((tx) => remindTurn(tx, agreement.id, now));
    if (outcome.reminded) reminded += 1;
  }
  return { reminded };
}
