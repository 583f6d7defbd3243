import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as listRoute, POST as proposeRoute } from "@/app/api/v1/agreements/[id]/amendments/route";
import { POST as refuseAmendmentRoute } from "@/app/api/v1/agreements/[id]/amendments/[amendmentId]/refuse/route";
import { POST as signAmendmentRoute } from "@/app/api/v1/agreements/[id]/amendments/[amendmentId]/sign/route";
import { POST as signRoute } from "@/app/api/v1/agreements/[id]/sign/route";
import { POST as submitRoute } from "@/app/api/v1/agreements/[id]/submit/route";
import { POST as remindRoute } from "@/app/api/v1/universities/[id]/conventions/reminders/route";
import { POST as draftRoute } from "@/app/api/v1/universities/[id]/conventions/route";
import { remindAgreementSigners } from "@/lib/agreements/remind-signers";
import { saveCircuit } from "@/lib/agreements/save-circuit";
import { db } from "@/lib/core/db";
import {
  actorOf,
  applicationIn,
  bearer,
  enterpriseWithOffer,
  memberOf,
  settleWorkflows,
  studentWithCv,
} from "@/tests/helpers/applications";
import { callRoute } from "@/tests/helpers/call-route";
import { createUser, PASSWORD } from "@/tests/helpers/users";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

type Headers = Record<string, string>;
const DAY = 86_400_000;

/** A university whose circuit is student → enterprise → university, an accepted student, a tutor. */
async function world() {
  const university = await db.university.create({ data: { name: "Université de Lyon", country: "FR" } });
  const admin = await createUser("UNIVERSITY_ADMIN", { universityId: university.id });
  const enterprise = await enterpriseWithOffer({ stipendAmountMinor: 90_000, durationWeeks: 24 });
  const tutor = await memberOf(enterprise.enterpriseId, "TUTOR");
  const student = await studentWithCv();
  await db.student.update({ where: { id: student.studentId }, data: { universityId: university.id } });
  const applicationId = await applicationIn("ACCEPTED", enterprise.offerId, student.studentId);
  const adminActor = await actorOf(admin.id);
  await saveCircuit(adminActor, university.id, {
    steps: [
      { party: "STUDENT", deadlineDays: 5 },
      { party: "ENTERPRISE_SIGNATORY", deadlineDays: 5 },
      { party: "UNIVERSITY_VALIDATOR", deadlineDays: 5 },
    ],
    reminderAfterDays: 2,
  });
  return {
    universityId: university.id,
    admin: { user: admin, headers: await bearer(admin) },
    enterprise,
    tutor,
    student,
    applicationId,
  };
}
type World = Awaited<ReturnType<typeof world>>;

const signBody = { password: PASSWORD, typedName: "Signer Name", consent: true };

async function signingAgreement(w: World) {
  const drafted = await callRoute(draftRoute, {
    params: { id: w.universityId },
    body: { applicationId: w.applicationId },
    headers: w.student.headers,
  });
  const id = (drafted.body as { id: string }).id;
  expect((await callRoute(submitRoute, { params: { id }, body: {}, headers: w.student.headers })).status).toBe(200);
  return id;
}

async function validatedAgreement(w: World) {
  const id = await signingAgreement(w);
  for (const headers of [w.student.headers, w.enterprise.headers, w.admin.headers]) {
    expect((await callRoute(signRoute, { params: { id }, body: signBody, headers })).status).toBe(200);
  }
  return id;
}

const propose = (id: string, body: unknown, headers: Headers) =>
  callRoute(proposeRoute, { params: { id }, body, headers });
const signAmendment = (id: string, amendmentId: string, headers: Headers) =>
  callRoute(signAmendmentRoute, { params: { id, amendmentId }, body: signBody, headers });

describe("amendments", () => {
  it("are signed in the circuit's order, out of turn is a 409, and the last signature changes the internship's dates", async () => {
    const w = await world();
    const id = await validatedAgreement(w);
    const before = await db.internship.findUniqueOrThrow({ where: { agreementId: id } });
    const newEnd = new Date(before.endDate.getTime() - 14 * DAY).toISOString().slice(0, 10);
    const proposed = await propose(id, { endDate: newEnd, place: "Lyon, France" }, w.enterprise.headers);
    expect(proposed.status).toBe(201);
    const amendment = proposed.body as {
      id: string;
      status: string;
      changes: { field: string; before: unknown; after: unknown }[];
    };
    expect(amendment.status).toBe("PROPOSED");
    expect(amendment.changes).toContainEqual({
      field: "endDate",
      before: before.endDate.toISOString().slice(0, 10),
      after: newEnd,
    });
    // The enterprise proposed, but the student signs first.
    const early = await signAmendment(id, amendment.id, w.enterprise.headers);
    expect(early.status).toBe(409);
    expect((early.body as { waitingFor: string }).waitingFor).toBe("STUDENT");
    expect((await signAmendment(id, amendment.id, w.student.headers)).status).toBe(200);
    expect((await signAmendment(id, amendment.id, w.enterprise.headers)).status).toBe(200);
    const last = await signAmendment(id, amendment.id, w.admin.headers);
    expect(last.body).toEqual({ status: "APPROVED", signedOrder: 3 });
    const after = await db.internship.findUniqueOrThrow({ where: { agreementId: id } });
    expect(after.endDate.toISOString().slice(0, 10)).toBe(newEnd);
    const agreement = await db.agreement.findUniqueOrThrow({ where: { id } });
    expect(agreement.place).toBe("Lyon, France");
    expect(await db.outboxEvent.count({ where: { name: "amendment.signed" } })).toBe(1);
    const history = await callRoute(listRoute, { method: "GET", params: { id }, headers: w.student.headers });
    const [listed] = history.body as { status: string; steps: { status: string; signedAt: string | null }[] }[];
    expect(listed!.status).toBe("APPROVED");
    expect(listed!.steps.every((s) => s.status === "SIGNED" && s.signedAt)).toBe(true);
  });

  it("a refusal stops it: nothing changes and no one signs after", async () => {
    const w = await world();
    const id = await validatedAgreement(w);
    const proposed = await propose(id, { place: "Paris" }, w.student.headers);
    const amendmentId = (proposed.body as { id: string }).id;
    const refused = await callRoute(refuseAmendmentRoute, {
      params: { id, amendmentId },
      body: { reason: "Le lieu ne convient pas." },
      headers: w.student.headers,
    });
    expect(refused.status).toBe(200);
    expect((await signAmendment(id, amendmentId, w.enterprise.headers)).status).toBe(409);
    const agreement = await db.agreement.findUniqueOrThrow({ where: { id } });
    expect(agreement.place).not.toBe("Paris");
    expect((await db.agreementAmendment.findUniqueOrThrow({ where: { id: amendmentId } })).status).toBe("REJECTED");
    await settleWorkflows();
    expect(
      await db.notification.count({ where: { userId: w.enterprise.user.id, title: { contains: "refus" } } }),
    ).toBeGreaterThan(0);
  });

  it("an early end terminates the internship with its reason once signed", async () => {
    const w = await world();
    const id = await validatedAgreement(w);
    const internship = await db.internship.findUniqueOrThrow({ where: { agreementId: id } });
    const on = new Date(internship.startDate.getTime() + 7 * DAY).toISOString().slice(0, 10);
    const proposed = await propose(id, { earlyEndOn: on, reason: "Le stagiaire déménage." }, w.admin.headers);
    expect(proposed.status).toBe(201);
    const amendmentId = (proposed.body as { id: string }).id;
    for (const headers of [w.student.headers, w.enterprise.headers, w.admin.headers]) {
      expect((await signAmendment(id, amendmentId, headers)).status).toBe(200);
    }
    const ended = await db.internship.findUniqueOrThrow({ where: { agreementId: id } });
    expect(ended.status).toBe("TERMINATED");
    expect(ended.terminationReason).toBe("Le stagiaire déménage.");
    expect(ended.endDate.toISOString().slice(0, 10)).toBe(on);
  });

  it("a party outside sees nothing and proposes nothing; bad input is a 4xx that writes nothing", async () => {
    const w = await world();
    const id = await validatedAgreement(w);
    const outsider = await createUser("STUDENT");
    const headers = await bearer(outsider);
    expect((await callRoute(listRoute, { method: "GET", params: { id }, headers })).status).toBe(404);
    expect((await propose(id, { place: "Nice" }, headers)).status).toBe(404);
    for (const body of [
      {},
      { place: "x".repeat(301) },
      { earlyEndOn: "2020-01-01", reason: "Trop tôt" },
      { earlyEndOn: new Date().toISOString().slice(0, 10) },
      { startDate: "pas une date" },
    ]) {
      const answer = await propose(id, body, w.student.headers);
      expect(answer.status).toBe(400);
      expect(answer.headers.get("content-type")).toContain("application/problem+json");
    }
    expect(await db.agreementAmendment.count({ where: { agreementId: id } })).toBe(0);
    // One amendment at a time.
    expect((await propose(id, { place: "Nice" }, w.student.headers)).status).toBe(201);
    expect((await propose(id, { place: "Lille" }, w.student.headers)).status).toBe(409);
  });

  it("a draft cannot be amended", async () => {
    const w = await world();
    const id = await signingAgreement(w);
    expect((await propose(id, { place: "Nice" }, w.student.headers)).status).toBe(409);
  });
});

describe("reminders", () => {
  it("remind the awaited party after the circuit's delay, never twice a day, and show when", async () => {
    const w = await world();
    const id = await signingAgreement(w);
    await settleWorkflows();
    const step = await db.agreementStep.findFirstOrThrow({ where: { agreementId: id, order: 1 } });
    expect(step.askedAt).not.toBeNull();
    // Not yet: asked today, the circuit says 2 days.
    expect((await remindAgreementSigners()).reminded).toBe(0);
    await db.agreementStep.update({ where: { id: step.id }, data: { askedAt: new Date(Date.now() - 3 * DAY) } });
    expect((await remindAgreementSigners()).reminded).toBe(1);
    expect((await remindAgreementSigners()).reminded).toBe(0);
    const reminded = await db.agreementStep.findUniqueOrThrow({ where: { id: step.id } });
    expect(reminded.lastRemindedAt).not.toBeNull();
    await settleWorkflows();
    expect(await db.emailMessage.count({ where: { to: w.student.user.email, template: "agreementReminder" } })).toBe(1);
    // The board's bulk reminder skips it today, with the reason.
    const bulk = await callRoute(remindRoute, {
      params: { id: w.universityId },
      body: { ids: [id, "cm0000000000000000000000"] },
      headers: w.admin.headers,
    });
    expect(bulk.status).toBe(200);
    expect(bulk.body).toEqual({
      reminded: [],
      skipped: [
        { id, reason: "remindedToday" },
        { id: "cm0000000000000000000000", reason: "notFound" },
      ],
    });
    // Yesterday's reminder no longer blocks: the bulk reminder sends one.
    await db.agreementStep.update({ where: { id: step.id }, data: { lastRemindedAt: new Date(Date.now() - DAY) } });
    const again = await callRoute(remindRoute, {
      params: { id: w.universityId },
      body: { ids: [id] },
      headers: w.admin.headers,
    });
    expect(again.body).toEqual({ reminded: [id], skipped: [] });
    expect(
      (await callRoute(remindRoute, { params: { id: w.universityId }, body: { ids: [] }, headers: w.admin.headers }))
        .status,
    ).toBe(400);
    expect(
      (
        await callRoute(remindRoute, {
          params: { id: w.universityId },
          body: { ids: [id] },
          headers: w.student.headers,
        })
      ).status,
    ).toBe(403);
  });
});
