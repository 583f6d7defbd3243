import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST as signAmendmentRoute } from "@/app/api/v1/agreements/[id]/amendments/[amendmentId]/sign/route";
import { POST as proposeRoute } from "@/app/api/v1/agreements/[id]/amendments/route";
import { PUT as putRoute } from "@/app/api/v1/agreements/[id]/route";
import { POST as signRoute } from "@/app/api/v1/agreements/[id]/sign/route";
import { POST as submitRoute } from "@/app/api/v1/agreements/[id]/submit/route";
import { POST as draftRoute } from "@/app/api/v1/universities/[id]/conventions/route";
import { readAmendmentSigningLink, renewAmendmentSigningLink } from "@/lib/agreements/amendment-signing-link";
import { tellAmendmentSigned } from "@/lib/agreements/ask-amendment-signer";
import { refuseAmendment, signAmendment } from "@/lib/agreements/sign-amendment";
import { saveCircuit } from "@/lib/agreements/save-circuit";
import { db } from "@/lib/core/db";
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

const TUTOR_EMAIL = "tom.tuteur@outside.test";
const IP = "203.0.113.7";
const signBody = { password: PASSWORD, typedName: "Signer Name", consent: true };

/** A validated agreement whose circuit is student → outside tutor (by e-mailed code) → university. */
async function validatedWithOutsideTutor() {
  const university = await db.university.create({ data: { name: "Université de Lille", country: "FR" } });
  const admin = await createUser("UNIVERSITY_ADMIN", { universityId: university.id });
  const enterprise = await enterpriseWithOffer({ stipendAmountMinor: 90_000, durationWeeks: 24 });
  const student = await studentWithCv();
  await db.student.update({ where: { id: student.studentId }, data: { universityId: university.id } });
  const applicationId = await applicationIn("ACCEPTED", enterprise.offerId, student.studentId);
  await saveCircuit(await actorOf(admin.id), university.id, {
    steps: ["STUDENT", "TUTOR", "UNIVERSITY_VALIDATOR"].map((party) => ({ party, deadlineDays: 5 })),
  });
  const adminHeaders = await bearer(admin);
  const drafted = await callRoute(draftRoute, {
    params: { id: university.id },
    body: { applicationId },
    headers: student.headers,
  });
  const id = (drafted.body as { id: string }).id;
  const content = { tutorName: "Tom Tuteur", tutorEmail: TUTOR_EMAIL };
  expect(
    (await callRoute(putRoute, { method: "PUT", params: { id }, body: content, headers: student.headers })).status,
  ).toBe(200);
  expect((await callRoute(submitRoute, { params: { id }, body: {}, headers: student.headers })).status).toBe(200);
  expect((await callRoute(signRoute, { params: { id }, body: signBody, headers: student.headers })).status).toBe(200);
  const agreementCode = await mailedCode("agreementSigningLink", /\/sign\/([\w-]+)/);
  const byCode = { code: agreementCode, typedName: "Tom Tuteur", consent: true };
  expect((await callRoute(signRoute, { params: { id }, body: byCode, headers: {} })).status).toBe(200);
  expect((await callRoute(signRoute, { params: { id }, body: signBody, headers: adminHeaders })).status).toBe(200);
  return { id, student, adminHeaders };
}

async function mailedCode(template: string, pattern: RegExp) {
  await settleWorkflows();
  const mail = await db.emailMessage.findFirst({
    where: { to: TUTOR_EMAIL, template },
    orderBy: { createdAt: "desc" },
  });
  return mail?.text.match(pattern)?.[1] ?? null;
}
const amendmentCode = () => mailedCode("amendmentSigningLink", /\/sign\/amendments\/([\w-]+)/);

describe("an outside signer's amendment link", () => {
  it("opens the amendment at their turn, signs it by code once, and an expired link is renewed in one click", async () => {
    const { id, student, adminHeaders } = await validatedWithOutsideTutor();
    const proposed = await callRoute(proposeRoute, { params: { id }, body: { place: "Lille" }, headers: adminHeaders });
    expect(proposed.status).toBe(201);
    const amendmentId = (proposed.body as { id: string }).id;
    await signAmendment(await actorOf(student.user.id), id, amendmentId, signBody, IP);
    const code = await amendmentCode();
    expect(code).toBeTruthy();
    const link = await readAmendmentSigningLink(code!);
    expect(link).toMatchObject({ state: "valid", party: "TUTOR" });
    expect(link.state === "valid" && link.amendment.changes).toContainEqual(
      expect.objectContaining({ field: "place", after: "Lille" }),
    );

    await db.agreementAmendmentStep.updateMany({
      where: { amendmentId, party: "TUTOR" },
      data: { codeExpiresAt: new Date(Date.now() - 1000) },
    });
    expect(await readAmendmentSigningLink(code!)).toEqual({ state: "expired" });
    await expect(signAmendment(null, id, amendmentId, { code, typedName: "Tom", consent: true }, IP)).rejects.toThrow();
    await renewAmendmentSigningLink(code!, IP);
    const fresh = await amendmentCode();
    expect(fresh).not.toBe(code);
    expect(await readAmendmentSigningLink(code!)).toEqual({ state: "invalid" });

    const signed = await signAmendment(
      null,
      id,
      amendmentId,
      { code: fresh, typedName: "Tom Tuteur", consent: true },
      IP,
    );
    expect(signed).toEqual({ status: "PROPOSED", signedOrder: 2 });
    const step = await db.agreementAmendmentStep.findFirstOrThrow({ where: { amendmentId, party: "TUTOR" } });
    expect(step).toMatchObject({ status: "SIGNED", method: "EMAIL_CODE", codeHash: null });
    expect(await readAmendmentSigningLink(fresh!)).toEqual({ state: "invalid" });
    await expect(renewAmendmentSigningLink(fresh!, IP)).rejects.toMatchObject({ code: "INVALID_TOKEN" });
  });

  it("lets the outside signer refuse with a reason, and the link dies with the amendment", async () => {
    const { id, student, adminHeaders } = await validatedWithOutsideTutor();
    const proposed = await callRoute(proposeRoute, {
      params: { id },
      body: { place: "Roubaix" },
      headers: adminHeaders,
    });
    const amendmentId = (proposed.body as { id: string }).id;
    await signAmendment(await actorOf(student.user.id), id, amendmentId, signBody, IP);
    const code = await amendmentCode();
    await expect(refuseAmendment(null, id, amendmentId, { code, reason: " " })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect((await db.agreementAmendment.findUniqueOrThrow({ where: { id: amendmentId } })).status).toBe("PROPOSED");
    await refuseAmendment(null, id, amendmentId, { code, reason: "Je ne suis plus tuteur." });
    expect((await db.agreementAmendment.findUniqueOrThrow({ where: { id: amendmentId } })).status).toBe("REJECTED");
    expect(await readAmendmentSigningLink(code!)).toEqual({ state: "invalid" });
    expect(await readAmendmentSigningLink("x".repeat(101))).toEqual({ state: "invalid" });
  });

  it("once everyone signed, the proposer and the signers (the outside one by e-mail) are told once", async () => {
    const { id, student, adminHeaders } = await validatedWithOutsideTutor();
    const proposed = await callRoute(proposeRoute, {
      params: { id },
      body: { place: "Tourcoing" },
      headers: adminHeaders,
    });
    const amendmentId = (proposed.body as { id: string }).id;
    await signAmendment(await actorOf(student.user.id), id, amendmentId, signBody, IP);
    const code = await amendmentCode();
    await signAmendment(null, id, amendmentId, { code, typedName: "Tom Tuteur", consent: true }, IP);
    const last = await callRoute(signAmendmentRoute, {
      params: { id, amendmentId },
      body: signBody,
      headers: adminHeaders,
    });
    expect(last.body).toEqual({ status: "APPROVED", signedOrder: 3 });
    await settleWorkflows();
    const told = () =>
      db.emailMessage.count({ where: { template: "amendmentSigned", to: { in: [TUTOR_EMAIL, student.user.email] } } });
    expect(await told()).toBe(2);
    expect(await tellAmendmentSigned(amendmentId)).toEqual({ told: 0 });
    expect(await told()).toBe(2);
    // The student signed before being asked: the one notification they get is that it is signed.
    const studentTold = await db.notification.findMany({
      where: { userId: student.user.id, data: { path: ["amendmentId"], equals: amendmentId } },
    });
    expect(studentTold.map((n) => n.title)).toEqual([expect.stringMatching(/Avenant signé|Amendment signed/)]);
  });
});
