import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST as refuseRoute } from "@/app/api/v1/agreements/[id]/refuse/route";
import { POST as signRoute } from "@/app/api/v1/agreements/[id]/sign/route";
import { POST as submitRoute } from "@/app/api/v1/agreements/[id]/submit/route";
import { POST as draftRoute } from "@/app/api/v1/universities/[id]/conventions/route";
import { saveCircuit } from "@/lib/agreements/save-circuit";
import { db } from "@/lib/core/db";
import { generateCertificate } from "@/lib/documents/certificates/generate-certificate";
import { revokeCertificate } from "@/lib/documents/certificates/revoke-certificate";
import { eraseAccount } from "@/lib/identity/erase-account";
import { digest } from "@/lib/identity/secure-token";
import { setUserDisabled } from "@/lib/identity/set-user-disabled";
import { verifyEmail } from "@/lib/identity/verify-email";
import { submitEvaluation } from "@/lib/internships/submit-evaluation";
import { actorOf, applicationIn, bearer, enterpriseWithOffer, studentWithCv } from "@/tests/helpers/applications";
import { callRoute } from "@/tests/helpers/call-route";
import { internshipWithParties, universityWithStaff } from "@/tests/helpers/internship-evaluations";
import { createInternship, internshipSides } from "@/tests/helpers/internships";
import { createUser, PASSWORD } from "@/tests/helpers/users";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

/** The one entry of this action about this row. */
const entryOf = (action: string, entityId: string) =>
  db.auditLog.findMany({ where: { action, entityId } }).then((rows) => {
    expect(rows, `${action} entries about ${entityId}`).toHaveLength(1);
    return rows[0]!;
  });

/** An agreement signed by the student, then validated by the university's admin (a two-step circuit). */
async function agreementInSigning() {
  const university = await db.university.create({ data: { name: "Université d'Audit", country: "FR" } });
  const admin = await createUser("UNIVERSITY_ADMIN", { universityId: university.id });
  const enterprise = await enterpriseWithOffer({ stipendAmountMinor: 90_000, durationWeeks: 24 });
  const student = await studentWithCv();
  await db.student.update({ where: { id: student.studentId }, data: { universityId: university.id } });
  const applicationId = await applicationIn("ACCEPTED", enterprise.offerId, student.studentId);
  await saveCircuit(await actorOf(admin.id), university.id, {
    steps: [
      { party: "STUDENT", deadlineDays: 5 },
      { party: "UNIVERSITY_VALIDATOR", deadlineDays: 5 },
    ],
  });
  const drafted = await callRoute(draftRoute, {
    params: { id: university.id },
    body: { applicationId },
    headers: student.headers,
  });
  expect(drafted.status).toBe(201);
  const id = drafted.body.id as string;
  expect((await callRoute(submitRoute, { params: { id }, body: {}, headers: student.headers })).status).toBe(200);
  return { id, student, adminHeaders: await bearer(admin), adminId: admin.id };
}
const sign = (id: string, headers: Record<string, string>) =>
  callRoute(signRoute, {
    params: { id },
    body: { typedName: "Signer Name", consent: true, password: PASSWORD },
    headers: { ...headers, "x-forwarded-for": "198.51.100.23" },
  });

describe("agreements", () => {
  it("records each signature and the validation, with the step before and after and the signer's IP", async () => {
    const { id, student, adminHeaders, adminId } = await agreementInSigning();
    expect((await sign(id, student.headers)).status).toBe(200);
    const signed = await entryOf("agreement.signed", id);
    expect(signed).toMatchObject({
      actorId: student.user.id,
      entity: "Agreement",
      ip: "198.51.100.23",
      before: { order: 1, party: "STUDENT", status: "PENDING" },
      after: { order: 1, party: "STUDENT", status: "SIGNED", method: "PASSWORD" },
    });

    expect((await sign(id, adminHeaders)).status).toBe(200);
    const signatures = await db.auditLog.findMany({ where: { action: "agreement.signed", entityId: id } });
    expect(signatures.map((s) => s.actorId).sort()).toEqual([student.user.id, adminId].sort());
    const validated = await entryOf("agreement.validated", id);
    expect(validated).toMatchObject({
      entity: "Agreement",
      ip: "198.51.100.23",
      before: { status: "SIGNING" },
      after: { status: "VALIDATED", lastParty: "UNIVERSITY_VALIDATOR" },
    });
    expect((validated.after as { internshipId: string }).internshipId).toEqual(expect.any(String));
  });

  it("records a refusal with the reason, the step and the agreement's state before and after", async () => {
    const { id, student } = await agreementInSigning();
    const refused = await callRoute(refuseRoute, {
      params: { id },
      body: { reason: "Les dates sont fausses." },
      headers: student.headers,
    });
    expect(refused.status).toBe(200);
    expect(await entryOf("agreement.refused", id)).toMatchObject({
      actorId: student.user.id,
      ip: "203.0.113.7",
      before: { order: 1, party: "STUDENT", status: "PENDING", agreementStatus: "SIGNING" },
      after: { status: "REFUSED", agreementStatus: "DRAFT", reason: "Les dates sont fausses." },
    });
  });
});

describe("accounts", () => {
  it("records an account disabled and enabled again, before and after", async () => {
    const admin = await actorOf((await createUser("SYSTEM_ADMIN")).id);
    const user = await createUser("STUDENT");
    await setUserDisabled(admin, user.id, true);
    expect(await entryOf("user.disabled", user.id)).toMatchObject({
      actorId: admin.userId,
      before: { disabled: false },
      after: { disabled: true },
    });
    await setUserDisabled(admin, user.id, false);
    expect(await entryOf("user.enabled", user.id)).toMatchObject({
      before: { disabled: true },
      after: { disabled: false },
    });
  });

  it("records an address confirmed, from unconfirmed to confirmed", async () => {
    const user = await createUser("STUDENT");
    await db.user.update({ where: { id: user.id }, data: { emailVerified: null } });
    const token = "t".repeat(43);
    await db.authToken.create({
      data: {
        purpose: "VERIFY_EMAIL",
        tokenHash: digest(token),
        email: user.email,
        userId: user.id,
        expiresAt: new Date(Date.now() + 3600_000),
      },
    });
    await verifyEmail({ token });
    const entry = await entryOf("user.email-verified", user.id);
    expect(entry).toMatchObject({ actorId: user.id, before: { emailVerified: null } });
    expect((entry.after as { emailVerified: string }).emailVerified).toEqual(expect.any(String));
  });

  it("records an erasure without any personal data in the entry", async () => {
    const user = await createUser("STUDENT", { email: "to.erase@example.test" });
    await db.$transaction((tx) => eraseAccount(tx, user.id));
    const entry = await entryOf("account.erased", user.id);
    expect(entry).toMatchObject({ actorId: null, entity: "User", before: { erased: false }, after: { erased: true } });
    expect(JSON.stringify(entry)).not.toContain("to.erase");
  });
});

describe("evaluations and certificates", () => {
  it("records an evaluation submitted, with its form and overall score", async () => {
    const uni = await universityWithStaff();
    const internship = await internshipWithParties(uni);
    const sent = await submitEvaluation(internship.student.actor, internship.internshipId, {
      kind: "STUDENT_SELF",
      answers: { objectivesMet: 4, adaptation: 5, autonomy: 3, learning: 4, skillsGained: "SQL" },
    });
    const entry = await entryOf("evaluation.submitted", internship.internshipId);
    expect(entry).toMatchObject({
      actorId: internship.student.actor.userId,
      entity: "Internship",
      before: null,
      after: { evaluationId: sent.id, formKind: "STUDENT_SELF" },
    });
  });

  it("records a certificate issued, then revoked with the state before and after", async () => {
    const sides = await internshipSides();
    const made = await createInternship(sides, { status: "COMPLETED" });
    const issued = await generateCertificate(made.student.actor, made.internshipId);
    const certificate = await db.certificate.findUniqueOrThrow({ where: { serial: issued.serial } });
    expect(await entryOf("certificate.generated", certificate.id)).toMatchObject({
      entity: "Certificate",
      after: { serial: issued.serial, internshipId: made.internshipId },
    });
    await revokeCertificate(sides.universityAdmin.actor, issued.serial, { reason: "Fraude avérée" });
    expect(await entryOf("certificate.revoked", certificate.id)).toMatchObject({
      actorId: sides.universityAdmin.actor.userId,
      before: { revokedAt: null },
      after: { reason: "Fraude avérée" },
    });
  });
});
