import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as listRoute, POST as proposeRoute } from "@/app/api/v1/agreements/[id]/amendments/route";
import { PUT as putRoute } from "@/app/api/v1/agreements/[id]/route";
import { POST as signRoute } from "@/app/api/v1/agreements/[id]/sign/route";
import { POST as submitRoute } from "@/app/api/v1/agreements/[id]/submit/route";
import { POST as draftRoute } from "@/app/api/v1/universities/[id]/conventions/route";
import { readAmendmentSigningLink } from "@/lib/agreements/amendment-signing-link";
import { remindAmendmentSigners } from "@/lib/agreements/remind-amendment-signers";
import { signAmendment } from "@/lib/agreements/sign-amendment";
import { saveCircuit } from "@/lib/agreements/save-circuit";
import { db } from "@/lib/core/db";
import { remindAgreementSignersDaily } from "@/inngest/functions/agreement-workflows";
import {
  actorOf,
  applicationIn,
  bearer,
  enterpriseWithOffer,
  settleWorkflows,
  studentWithCv,
} from "@/tests/helpers/applications";
import { callRoute } from "@/tests/helpers/call-route";
import { createUser, PASSWORD } from "@/tests/helpers/users";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

const DAY = 86_400_000;
const TUTOR_EMAIL = "tina.tutrice@outside.test";
const IP = "203.0.113.9";
const signBody = { password: PASSWORD, typedName: "Signer Name", consent: true };

/**
 * A validated agreement whose circuit is student → outside tutor (by e-mailed code) → university,
 * reminding after 2 days; then an amendment proposed by the university, waiting for the student.
 */
async function proposedAmendment() {
  const university = await db.university.create({ data: { name: "Université de Nantes", country: "FR" } });
  const admin = await createUser("UNIVERSITY_ADMIN", { universityId: university.id });
  const enterprise = await enterpriseWithOffer({ stipendAmountMinor: 90_000, durationWeeks: 24 });
  const student = await studentWithCv();
  await db.student.update({ where: { id: student.studentId }, data: { universityId: university.id } });
  const applicationId = await applicationIn("ACCEPTED", enterprise.offerId, student.studentId);
  await saveCircuit(await actorOf(admin.id), university.id, {
    steps: ["STUDENT", "TUTOR", "UNIVERSITY_VALIDATOR"].map((party) => ({ party, deadlineDays: 5 })),
    reminderAfterDays: 2,
  });
  const adminHeaders = await bearer(admin);
  const drafted = await callRoute(draftRoute, {
    params: { id: university.id },
    body: { applicationId },
    headers: student.headers,
  });
  const id = (drafted.body as { id: string }).id;
  const content = { tutorName: "Tina Tutrice", tutorEmail: TUTOR_EMAIL };
  expect(
    (await callRoute(putRoute, { method: "PUT", params: { id }, body: content, headers: student.headers })).status,
  ).toBe(200);
  expect((await callRoute(submitRoute, { params: { id }, body: {}, headers: student.headers })).status).toBe(200);
  expect((await callRoute(signRoute, { params: { id }, body: signBody, headers: student.headers })).status).toBe(200);
  await settleWorkflows();
  const mail = await db.emailMessage.findFirstOrThrow({
    where: { to: TUTOR_EMAIL, template: "agreementSigningLink" },
    orderBy: { createdAt: "desc" },
  });
  const code = mail.text.match(/\/sign\/([\w-]+)/)![1];
  const byCode = { code, typedName: "Tina Tutrice", consent: true };
  expect((await callRoute(signRoute, { params: { id }, body: byCode, headers: {} })).status).toBe(200);
  expect((await callRoute(signRoute, { params: { id }, body: signBody, headers: adminHeaders })).status).toBe(200);
  const proposed = await callRoute(proposeRoute, { params: { id }, body: { place: "Nantes" }, headers: adminHeaders });
  expect(proposed.status).toBe(201);
  await settleWorkflows();
  return { id, amendmentId: (proposed.body as { id: string }).id, student };
}

/** Moves the awaited step's "asked" and "last reminded" days back, as if days had passed. */
async function ageTurn(amendmentId: string, party: "STUDENT" | "TUTOR", days: number) {
  await db.agreementAmendmentStep.updateMany({
    where: { amendmentId, party },
    data: { askedAt: new Date(Date.now() - days * DAY), lastRemindedAt: null },
  });
}

/** The e-mails of one template sent to an address since `since` (each test's world is new). */
const emailsTo = (to: string, template: string, since: Date) =>
  db.emailMessage.findMany({ where: { to, template, createdAt: { gte: since } }, orderBy: { createdAt: "asc" } });
/** The daily workflow, its steps run without memoisation: what a retry after a crash would do. */
const runDaily = () =>
  remindAgreementSignersDaily.handler({ runId: "test", step: { run: (_id, fn) => fn() } }) as Promise<{
    agreements: number;
    amendments: number;
  }>;

describe("amendment reminders", () => {
  it("remind the account holder awaited after the circuit's delay, in their language, once a day, and show when", async () => {
    const { id, amendmentId, student } = await proposedAmendment();
    await db.user.update({ where: { id: student.user.id }, data: { locale: "en" } });
    const turn = await db.agreementAmendmentStep.findFirstOrThrow({ where: { amendmentId, party: "STUDENT" } });
    expect(turn.askedAt).not.toBeNull();
    // Asked today and the circuit says 2 days: not yet.
    expect(await runDaily()).toEqual({ agreements: 0, amendments: 0 });
    await ageTurn(amendmentId, "STUDENT", 2);
    expect(await runDaily()).toEqual({ agreements: 0, amendments: 1 });
    // A second run the same day (or a retried step) sends nothing more.
    expect(await runDaily()).toEqual({ agreements: 0, amendments: 0 });
    expect((await remindAmendmentSigners()).reminded).toBe(0);
    await settleWorkflows();
    const mails = await emailsTo(student.user.email, "amendmentReminder", new Date(0));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toMatch(/^Reminder: an amendment to the internship agreement/);
    expect(
      await db.notification.count({
        where: { userId: student.user.id, title: { startsWith: "Reminder: an amendment" } },
      }),
    ).toBe(1);
    // The page and the API show the day of the last reminder.
    const listed = await callRoute(listRoute, { method: "GET", params: { id }, headers: student.headers });
    const [amendment] = listed.body as { waitingFor: { party: string; lastRemindedAt: string | null } }[];
    expect(amendment!.waitingFor.party).toBe("STUDENT");
    expect(amendment!.waitingFor.lastRemindedAt?.slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    // Yesterday's reminder no longer blocks once the delay has passed again.
    await db.agreementAmendmentStep.update({
      where: { id: turn.id },
      data: { askedAt: new Date(Date.now() - 5 * DAY), lastRemindedAt: new Date(Date.now() - 2 * DAY) },
    });
    expect((await remindAmendmentSigners()).reminded).toBe(1);
    await settleWorkflows();
    expect(await emailsTo(student.user.email, "amendmentReminder", new Date(0))).toHaveLength(2);
  });

  it("send an outside signer a fresh link in the agreement's language; the earlier link stops working", async () => {
    const since = new Date();
    const { id, amendmentId, student } = await proposedAmendment();
    await db.agreement.update({ where: { id }, data: { language: "en" } });
    await signAmendment(await actorOf(student.user.id), id, amendmentId, signBody, IP);
    await settleWorkflows();
    const asked = await emailsTo(TUTOR_EMAIL, "amendmentSigningLink", since);
    expect(asked).toHaveLength(1);
    const first = asked[0]!.text.match(/\/sign\/amendments\/([\w-]+)/)![1]!;
    expect((await readAmendmentSigningLink(first)).state).toBe("valid");

    await ageTurn(amendmentId, "TUTOR", 3);
    expect((await remindAmendmentSigners()).reminded).toBe(1);
    expect((await remindAmendmentSigners()).reminded).toBe(0);
    await settleWorkflows();
    const reminders = await emailsTo(TUTOR_EMAIL, "amendmentReminderLink", since);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.subject).toMatch(/^Reminder: an amendment/);
    const fresh = reminders[0]!.text.match(/\/sign\/amendments\/([\w-]+)/)![1]!;
    expect(fresh).not.toBe(first);
    expect((await readAmendmentSigningLink(first)).state).toBe("invalid");
    expect(await readAmendmentSigningLink(fresh)).toMatchObject({ state: "valid", party: "TUTOR" });
  });

  it("remind no one for an amendment that is decided", async () => {
    const { amendmentId } = await proposedAmendment();
    await ageTurn(amendmentId, "STUDENT", 4);
    await db.agreementAmendment.update({ where: { id: amendmentId }, data: { status: "REJECTED" } });
    expect((await remindAmendmentSigners()).reminded).toBe(0);
    expect(await db.agreementAmendmentStep.count({ where: { amendmentId, lastRemindedAt: { not: null } } })).toBe(0);
  });
});
