import { db, type Tx } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import { notifyUser } from "@/lib/notifications/notify-user";
import { renderEmail } from "@/lib/notifications/templates/layout";
import { mailSigningLink } from "./ask-signer";
import { circuitFor } from "./circuit";

const DAY_MS = 86_400_000;

/** Midnight (UTC) of the day of `now`: an agreement is reminded at most once per such day. */
export const dayStart = (now: Date) => new Date(now.toISOString().slice(0, 10));

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
  const locale = turn.signer.locale;
  const t = translator(locale, "agreements.emails.reminder");
  const values = { student: agreement.student.user.name, enterprise: agreement.enterprise.name };
  const link = `/agreements/${agreement.id}`;
  await notifyUser(tx, turn.signer, {
    kind: "agreements",
    title: t("subject", values),
    body: t("body", values),
    link,
    data: { agreementId: agreement.id, stepId: turn.id, reminder: true },
    email: renderEmail({
      template: "agreementReminder",
      subject: t("subject", values),
      greeting: translator(locale, "emails")("greetingNamed", { name: turn.signerName ?? "" }),
      paragraphs: [t("body", values)],
      action: { label: t("action"), url: `${env().APP_URL}${link}` },
      footer: translator(locale, "emails")("footer"),
    }),
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
  const delays = new Map<string, number>();
  let reminded = 0;
  for (const agreement of signing) {
    const turn = agreement.steps.find((s) => s.status !== "SIGNED");
    if (!turn?.askedAt || turn.status !== "PENDING") continue;
    const departmentId = agreement.student.program?.departmentId ?? null;
    const key = `${agreement.universityId}:${departmentId}`;
    if (!delays.has(key)) {
      delays.set(key, (await circuitFor(db, agreement.universityId, departmentId)).reminderAfterDays);
    }
    // Counted in calendar days (UTC), so a daily run does not slip a day behind the hour asked.
    const last = new Date(Math.max(turn.askedAt.getTime(), turn.lastRemindedAt?.getTime() ?? 0));
    if (dayStart(now).getTime() - dayStart(last).getTime() < delays.get(key)! * DAY_MS) continue;
    const outcome = await db.$transaction((tx) => remindTurn(tx, agreement.id, now));
    if (outcome.reminded) reminded += 1;
  }
  return { reminded };
}
