import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST as refuseRoute } from "@/app/api/v1/agreements/[id]/refuse/route";
import { GET as readRoute, PUT as putRoute } from "@/app/api/v1/agreements/[id]/route";
import { POST as signRoute } from "@/app/api/v1/agreements/[id]/sign/route";
import { POST as submitRoute } from "@/app/api/v1/agreements/[id]/submit/route";
import { PUT as circuitRoute } from "@/app/api/v1/universities/[id]/agreement-circuit/route";
import { POST as draftRoute } from "@/app/api/v1/universities/[id]/conventions/route";
import { getAgreementHistory } from "@/lib/agreements/get-agreement";
import { getCircuit } from "@/lib/agreements/get-circuit";
import { listAgreementsToSign } from "@/lib/agreements/list-agreements-to-sign";
import { listUniversityAgreements } from "@/lib/agreements/list-university-agreements";
import { saveCircuit } from "@/lib/agreements/save-circuit";
import { readSigningLink, renewSigningLink } from "@/lib/agreements/signing-link";
import { db } from "@/lib/core/db";
import type { AgreementParty } from "@/lib/generated/prisma/enums";
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
const ALL_SIX: AgreementParty[] = [
  "STUDENT",
  "LEGAL_REPRESENTATIVE",
  "ENTERPRISE_SIGNATORY",
  "TUTOR",
  "ACADEMIC_SUPERVISOR",
  "UNIVERSITY_VALIDATOR",
];

/** A French university with an admin and a supervisor, a verified enterprise with a tutor, an accepted student. */
async function world(offer: { stipendAmountMinor?: number; durationWeeks?: number } = {}) {
  const university = await db.university.create({ data: { name: "Université de Lyon", country: "FR" } });
  const admin = await createUser("UNIVERSITY_ADMIN", { universityId: university.id });
  const supervisor = await createUser("UNIVERSITY_SUPERVISOR", { universityId: university.id });
  const enterprise = await enterpriseWithOffer({
    stipendAmountMinor: offer.stipendAmountMinor ?? 90_000,
    durationWeeks: offer.durationWeeks ?? 24,
    missions: "Écrire des tests d'intégration.",
  });
  const tutor = await memberOf(enterprise.enterpriseId, "TUTOR");
  const student = await studentWithCv();
  await db.student.update({ where: { id: student.studentId }, data: { universityId: university.id } });
  const applicationId = await applicationIn("ACCEPTED", enterprise.offerId, student.studentId);
  return {
    universityId: university.id,
    admin: { user: admin, headers: await bearer(admin), actor: await actorOf(admin.id) },
    supervisor: { user: supervisor, headers: await bearer(supervisor), actor: await actorOf(supervisor.id) },
    enterprise,
    tutor,
    student: { ...student, actor: await actorOf(student.user.id) },
    applicationId,
  };
}
type World = Awaited<ReturnType<typeof world>>;

const draft = (w: World, headers: Headers = w.student.headers) =>
  callRoute(draftRoute, { params: { id: w.universityId }, body: { applicationId: w.applicationId }, headers });
const put = (id: string, body: unknown, headers: Headers) =>
  callRoute(putRoute, { method: "PUT", params: { id }, body, headers });
const submit = (id: string, headers: Headers) => callRoute(submitRoute, { params: { id }, body: {}, headers });
const sign = (id: string, body: Record<string, unknown>, headers: Headers = {}) =>
  callRoute(signRoute, { params: { id }, body: { typedName: "Signer Name", consent: true, ...body }, headers });
const withPassword = (id: string, headers: Headers) => sign(id, { password: PASSWORD }, headers);
const read = (id: string, headers: Headers) => callRoute(readRoute, { method: "GET", params: { id }, headers });

/** The code of the latest signing link e-mailed to this address (the captured mail). */
async function mailedCode(email: string) {
  await settleWorkflows();
  const mail = await db.emailMessage.findFirst({
    where: { to: email, template: "agreementSigningLink" },
    orderBy: { createdAt: "desc" },
  });
  return mail?.text.match(/\/sign\/([\w-]+)/)?.[1] ?? null;
}

/** Who signs each party of the world, by password. */
const headersFor = (w: World, party: AgreementParty): Headers | null =>
  ({
    STUDENT: w.student.headers,
    ENTERPRISE_SIGNATORY: w.enterprise.headers,
    TUTOR: w.tutor.headers,
    ACADEMIC_SUPERVISOR: w.supervisor.headers,
    UNIVERSITY_VALIDATOR: w.admin.headers,
    LEGAL_REPRESENTATIVE: null,
  })[party];

describe("the circuit", () => {
  it("is the default until set, then the university's, then a department's overrides it", async () => {
    const w = await world();
    expect((await getCircuit(w.admin.actor, w.universityId)).source).toBe("default");
    const saved = await callRoute(circuitRoute, {
      method: "PUT",
      params: { id: w.universityId },
      body: {
        steps: [
          { party: "UNIVERSITY_VALIDATOR", deadlineDays: 3 },
          { party: "STUDENT", deadlineDays: 5 },
        ],
      },
      headers: w.admin.headers,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({
      source: "university",
      reminderAfterDays: 3,
      steps: [
        { party: "UNIVERSITY_VALIDATOR", deadlineDays: 3 },
        { party: "STUDENT", deadlineDays: 5 },
      ],
    });
    const department = await db.department.create({ data: { universityId: w.universityId, name: "Informatique" } });
    await saveCircuit(w.admin.actor, w.universityId, {
      departmentId: department.id,
      steps: [{ party: "TUTOR", deadlineDays: 2 }],
    });
    expect(await getCircuit(w.admin.actor, w.universityId, department.id)).toEqual({
      source: "department",
      reminderAfterDays: 3,
      steps: [{ party: "TUTOR", deadlineDays: 2 }],
    });
    expect((await getCircuit(w.admin.actor, w.universityId)).source).toBe("university");
  });

  it("refuses bad circuits with 400 problem+json and changes nothing; other universities' admins get 403", async () => {
    const w = await world();
    const before = await db.agreementCircuitStep.count();
    for (const steps of [
      [],
      [
        { party: "STUDENT", deadlineDays: 3 },
        { party: "STUDENT", deadlineDays: 4 },
      ],
      [{ party: "DEAN", deadlineDays: 3 }],
      [{ party: "STUDENT", deadlineDays: 0 }],
      "STUDENT",
    ]) {
      const response = await callRoute(circuitRoute, {
        method: "PUT",
        params: { id: w.universityId },
        body: { steps },
        headers: w.admin.headers,
      });
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
    const other = await world();
    const foreign = await callRoute(circuitRoute, {
      method: "PUT",
      params: { id: w.universityId },
      body: { steps: [{ party: "STUDENT", deadlineDays: 3 }] },
      headers: other.admin.headers,
    });
    expect(foreign.status).toBe(403);
    expect(await db.agreementCircuitStep.count()).toBe(before);
  });
});

describe("drafting", () => {
  it("pre-fills the agreement from the offer, the enterprise and the university, once per application", async () => {
    const w = await world();
    const created = await draft(w);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: "DRAFT",
      weeklyHours: 35,
      stipendAmount: 900,
      place: "Lyon, FR",
      tasks: "Écrire des tests d'intégration.",
      tutorEmail: w.tutor.user.email,
      supervisorId: expect.any(String),
      stipendWarning: null,
    });
    expect(created.body.steps.map((s: { party: string }) => s.party)).toEqual([
      "STUDENT",
      "ENTERPRISE_SIGNATORY",
      "TUTOR",
      "ACADEMIC_SUPERVISOR",
      "UNIVERSITY_VALIDATOR",
    ]);
    expect(created.body.steps[0]).toMatchObject({
      order: 1,
      signer: { email: w.student.user.email },
      status: "PENDING",
    });
    const days = (Date.parse(created.body.endDate) - Date.parse(created.body.startDate)) / 86_400_000 + 1;
    expect(days).toBe(24 * 7);
    expect((await draft(w)).status).toBe(409);
  });

  it("refuses an application that is not accepted, and a stranger's", async () => {
    const w = await world();
    await db.application.update({ where: { id: w.applicationId }, data: { status: "INTERVIEW" } });
    expect((await draft(w)).status).toBe(409);
    const stranger = await studentWithCv();
    expect((await draft(w, stranger.headers)).status).toBe(404);
    expect(await db.agreement.count({ where: { applicationId: w.applicationId } })).toBe(0);
  });

  it("keeps a field-by-field history of the draft's changes", async () => {
    const w = await world();
    const { body } = await draft(w);
    const changed = await put(body.id, { weeklyHours: 30, place: "Villeurbanne" }, w.enterprise.headers);
    expect(changed.status).toBe(200);
    const history = await getAgreementHistory(w.student.actor, body.id);
    const fields = history.filter((h) => h.action === "agreement.field-changed");
    expect(fields).toHaveLength(2);
    expect(fields.find((h) => h.field === "weeklyHours")).toMatchObject({
      before: 35,
      after: 30,
      by: "Test ENTERPRISE",
    });
    expect(fields.find((h) => h.field === "place")).toMatchObject({ before: "Lyon, FR", after: "Villeurbanne" });
  });

  it("refuses bad content with 400 problem+json and leaves the draft as it was", async () => {
    const w = await world();
    const { body } = await draft(w);
    for (const bad of [
      { endDate: "2020-01-01", startDate: "2021-01-01" },
      { weeklyHours: 0 },
      { tutorEmail: "not-an-address" },
      { startDate: "2026-02-30" },
      { stipendAmount: -5 },
      { supervisorId: "nobody" },
    ]) {
      const response = await put(body.id, bad, w.student.headers);
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
    const row = await db.agreement.findUniqueOrThrow({ where: { id: body.id } });
    expect(row.updatedAt.toISOString()).toBe(new Date(body.updatedAt ?? row.updatedAt).toISOString());
    expect(row.weeklyHours).toBe(35);
    expect(await db.auditLog.count({ where: { entityId: body.id, action: "agreement.field-changed" } })).toBe(0);
  });
});

describe("the French minimum stipend", () => {
  it("blocks submission of an internship over two months paid below 4.35 €/h, with the minimum named", async () => {
    const w = await world({ stipendAmountMinor: 40_000 });
    const { body } = await draft(w);
    expect(body.stipendWarning).toEqual({ minimumMonthly: 659.75, hourly: 4.35, weeks: 24 });
    const refused = await submit(body.id, w.student.headers);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ rule: "FR_MINIMUM_STIPEND", minimumMonthly: 659.75 });
    expect(refused.body.title).toContain("4.35");
    expect((await db.agreement.findUniqueOrThrow({ where: { id: body.id } })).status).toBe("DRAFT");
    // Eight weeks or less: the rule does not apply.
    await put(
      body.id,
      { endDate: new Date(Date.parse(body.startDate) + 55 * 86_400_000).toISOString().slice(0, 10) },
      w.student.headers,
    );
    expect((await submit(body.id, w.student.headers)).status).toBe(200);
  });
});

/** Submits a drafted agreement whose circuit is `parties`, the tutor signing outside (by code) when `outsideTutor`. */
async function submitted(parties: AgreementParty[], options: { outsideTutor?: boolean } = {}) {
  const w = await world();
  await saveCircuit(w.admin.actor, w.universityId, { steps: parties.map((party) => ({ party, deadlineDays: 5 })) });
  const { body } = await draft(w);
  const content: Record<string, unknown> = {};
  if (options.outsideTutor) Object.assign(content, { tutorName: "Tom Tuteur", tutorEmail: "tom.tuteur@outside.test" });
  if (parties.includes("LEGAL_REPRESENTATIVE")) {
    Object.assign(content, { legalRepName: "Léa Parent", legalRepEmail: "lea.parent@outside.test" });
  }
  if (Object.keys(content).length) expect((await put(body.id, content, w.student.headers)).status).toBe(200);
  const sent = await submit(body.id, w.student.headers);
  expect(sent.status).toBe(200);
  expect(sent.body.status).toBe("SIGNING");
  return { w, id: body.id as string };
}

async function signAll(w: World, id: string, parties: AgreementParty[], outsideTutor = false) {
  for (const party of parties) {
    const outside = party === "LEGAL_REPRESENTATIVE" || (party === "TUTOR" && outsideTutor);
    if (outside) {
      const email = party === "TUTOR" ? "tom.tuteur@outside.test" : "lea.parent@outside.test";
      const code = await mailedCode(email);
      expect(code).toBeTruthy();
      const signed = await sign(id, { code });
      expect(signed.status).toBe(200);
    } else {
      expect((await withPassword(id, headersFor(w, party)!)).status).toBe(200);
    }
  }
}

describe("signing in turn", () => {
  it.each([
    [["UNIVERSITY_VALIDATOR"]],
    [["STUDENT", "ENTERPRISE_SIGNATORY", "UNIVERSITY_VALIDATOR"]],
    [ALL_SIX],
  ] as AgreementParty[][][])("a circuit of %j completes and starts the internship", async (parties) => {
    const { w, id } = await submitted(parties);
    await signAll(w, id, parties);
    const row = await db.agreement.findUniqueOrThrow({ where: { id }, include: { steps: true, internship: true } });
    expect(row.status).toBe("VALIDATED");
    expect(row.steps.every((s) => s.status === "SIGNED" && s.documentSha256 === row.contentSha256)).toBe(true);
    expect(row.steps.every((s) => s.signedIp === "203.0.113.7")).toBe(true);
    expect(row.internship).toMatchObject({ status: "PLANNED", studentId: w.student.studentId });
    const signedEvents = await db.outboxEvent.findMany({ where: { name: "convention.signed" } });
    expect(signedEvents.filter((e) => (e.data as { agreementId: string }).agreementId === id)).toHaveLength(1);
  });

  it("an agreement whose first day has come starts the internship as ACTIVE, with internship.started", async () => {
    const w = await world();
    await saveCircuit(w.admin.actor, w.universityId, { steps: [{ party: "UNIVERSITY_VALIDATOR", deadlineDays: 2 }] });
    const { body } = await draft(w);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await put(
      body.id,
      { startDate: yesterday, endDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) },
      w.admin.headers,
    );
    await submit(body.id, w.admin.headers);
    const done = await withPassword(body.id, w.admin.headers);
    expect(done.body).toMatchObject({ status: "VALIDATED", internshipId: expect.any(String) });
    const internship = await db.internship.findUniqueOrThrow({ where: { agreementId: body.id } });
    expect(internship.status).toBe("ACTIVE");
    const started = await db.outboxEvent.findMany({ where: { name: "internship.started" } });
    expect(started.filter((e) => (e.data as { internshipId: string }).internshipId === internship.id)).toHaveLength(1);
  });

  it("asks each party in order, once, by e-mail and in the app", async () => {
    const { w, id } = await submitted(["STUDENT", "ENTERPRISE_SIGNATORY"]);
    await settleWorkflows();
    const asked = (userId: string) => db.notification.count({ where: { userId, type: "agreements" } });
    expect(await asked(w.student.user.id)).toBe(1);
    expect(await asked(w.enterprise.user.id)).toBe(0);
    expect(await db.emailMessage.count({ where: { to: w.student.user.email, template: "agreementTurn" } })).toBe(1);
    await withPassword(id, w.student.headers);
    await settleWorkflows();
    expect(await asked(w.enterprise.user.id)).toBe(1);
    expect(await asked(w.student.user.id)).toBe(1);
    expect(await listAgreementsToSign(await actorOf(w.enterprise.user.id))).toEqual([
      expect.objectContaining({ id, party: "ENTERPRISE_SIGNATORY" }),
    ]);
    expect(await listAgreementsToSign(w.student.actor)).toEqual([]);
  });

  it("refuses a signature out of turn with 409, and a wrong password with 403, changing nothing", async () => {
    const { w, id } = await submitted(["STUDENT", "ENTERPRISE_SIGNATORY", "UNIVERSITY_VALIDATOR"]);
    const early = await withPassword(id, w.enterprise.headers);
    expect(early.status).toBe(409);
    expect(early.headers.get("content-type")).toContain("application/problem+json");
    expect(early.body.waitingFor).toBe("STUDENT");
    const wrong = await sign(id, { password: "not-my-password" }, w.student.headers);
    expect(wrong.status).toBe(403);
    const noConsent = await sign(id, { password: PASSWORD, consent: false }, w.student.headers);
    expect(noConsent.status).toBe(400);
    const noName = await sign(id, { password: PASSWORD, typedName: " " }, w.student.headers);
    expect(noName.status).toBe(400);
    const steps = await db.agreementStep.findMany({ where: { agreementId: id } });
    expect(steps.every((s) => s.status === "PENDING" && s.signedAt === null)).toBe(true);
    expect(await db.auditLog.count({ where: { entityId: id, action: "agreement.signed" } })).toBe(0);
  });

  it("an outside tutor signs with the e-mailed code; a reused or expired code is refused and a new link is one click", async () => {
    const { w, id } = await submitted(["STUDENT", "TUTOR", "UNIVERSITY_VALIDATOR"], { outsideTutor: true });
    await withPassword(id, w.student.headers);
    const code = await mailedCode("tom.tuteur@outside.test");
    expect(code).toBeTruthy();
    expect(await readSigningLink(code!)).toMatchObject({ state: "valid", party: "TUTOR" });

    // Expired: refused, and the page offers a new link to the same address.
    await db.agreementStep.updateMany({
      where: { agreementId: id, party: "TUTOR" },
      data: { codeExpiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await sign(id, { code });
    expect(expired.status).toBe(400);
    expect(expired.body.title).toMatch(/expired/);
    expect(await readSigningLink(code!)).toEqual({ state: "expired" });
    await renewSigningLink(code!, "203.0.113.9");
    const fresh = await mailedCode("tom.tuteur@outside.test");
    expect(fresh).not.toBe(code);
    expect((await sign(id, { code })).status).toBe(400);

    const signed = await sign(id, { code: fresh, typedName: "Tom Tuteur" });
    expect(signed.status).toBe(200);
    const step = await db.agreementStep.findFirstOrThrow({ where: { agreementId: id, party: "TUTOR" } });
    expect(step).toMatchObject({
      status: "SIGNED",
      method: "EMAIL_CODE",
      signerEmail: "tom.tuteur@outside.test",
      codeHash: null,
    });
    const reused = await sign(id, { code: fresh });
    expect(reused.status).toBe(400);
    expect(await readSigningLink(fresh!)).toEqual({ state: "invalid" });
    expect((await withPassword(id, w.admin.headers)).body.status).toBe("VALIDATED");
  });

  it("a refusal sends it back to draft and tells everyone; a signature after it is refused", async () => {
    const { w, id } = await submitted(["STUDENT", "ENTERPRISE_SIGNATORY", "UNIVERSITY_VALIDATOR"]);
    await withPassword(id, w.student.headers);
    const noReason = await callRoute(refuseRoute, {
      params: { id },
      body: { reason: "" },
      headers: w.enterprise.headers,
    });
    expect(noReason.status).toBe(400);
    const refused = await callRoute(refuseRoute, {
      params: { id },
      body: { reason: "Les dates ne conviennent pas." },
      headers: w.enterprise.headers,
    });
    expect(refused.status).toBe(200);
    const row = await db.agreement.findUniqueOrThrow({
      where: { id },
      include: { steps: { orderBy: { order: "asc" } } },
    });
    expect(row.status).toBe("DRAFT");
    expect(row.steps.map((s) => s.status)).toEqual(["PENDING", "REFUSED", "PENDING"]);
    expect(row.steps[1].refusalReason).toBe("Les dates ne conviennent pas.");
    await settleWorkflows();
    for (const user of [w.student.user, w.admin.user]) {
      const notice = await db.notification.findFirst({ where: { userId: user.id, title: { contains: "refus" } } });
      expect(notice?.body).toContain("Les dates ne conviennent pas.");
    }
    const late = await withPassword(id, w.admin.headers);
    expect(late.status).toBe(409);
    expect((await withPassword(id, w.enterprise.headers)).status).toBe(409);
  });

  it("a change after a signature voids every signature and sends it back to draft", async () => {
    const { w, id } = await submitted(["STUDENT", "ENTERPRISE_SIGNATORY", "UNIVERSITY_VALIDATOR"]);
    await withPassword(id, w.student.headers);
    const seen = await read(id, w.enterprise.headers);
    expect(seen.body.steps[0].status).toBe("SIGNED");
    const changed = await put(id, { weeklyHours: 28 }, w.enterprise.headers);
    expect(changed.status).toBe(200);
    expect(changed.body.status).toBe("DRAFT");
    expect(
      changed.body.steps.every((s: { status: string; signedAt: unknown }) => s.status === "PENDING" && !s.signedAt),
    ).toBe(true);
    expect(await db.auditLog.count({ where: { entityId: id, action: "agreement.signatures-voided" } })).toBe(1);
    // Submitted again, the content has another hash and everyone signs again.
    const again = await submit(id, w.student.headers);
    expect(again.body.contentSha256).not.toBe(seen.body.contentSha256);
    expect((await withPassword(id, w.enterprise.headers)).status).toBe(409);
  });
});

describe("who sees an agreement", () => {
  it("its parties read it; another student, enterprise or university sees nothing", async () => {
    const { w, id } = await submitted(["STUDENT", "UNIVERSITY_VALIDATOR"]);
    for (const headers of [w.student.headers, w.enterprise.headers, w.admin.headers, w.tutor.headers]) {
      expect((await read(id, headers)).status).toBe(200);
    }
    const other = await world();
    for (const headers of [
      other.student.headers,
      other.enterprise.headers,
      other.admin.headers,
      other.supervisor.headers,
    ]) {
      expect((await read(id, headers)).status).toBe(404);
      expect((await put(id, { weeklyHours: 20 }, headers)).status).toBe(404);
      expect((await withPassword(id, headers)).status).toBe(404);
    }
    expect((await read(id, {})).status).toBe(401);
    const board = await listUniversityAgreements(w.admin.actor, w.universityId, { status: "SIGNING" });
    expect(board.items).toEqual([
      expect.objectContaining({ id, waitingFor: expect.objectContaining({ party: "STUDENT" }) }),
    ]);
    await expect(listUniversityAgreements(other.admin.actor, w.universityId, {})).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
