import { describe, expect, it, vi } from "vitest";
import { POST as draftRoute } from "@/app/api/v1/universities/[id]/conventions/route";
import { getCircuit } from "@/lib/agreements/get-circuit";
import { listCircuitScopes } from "@/lib/agreements/list-circuit-scopes";
import { removeDepartmentCircuit } from "@/lib/agreements/remove-department-circuit";
import { getAgreementTemplate, saveAgreementTemplate } from "@/lib/agreements/save-agreement-template";
import { saveCircuit } from "@/lib/agreements/save-circuit";
import { db } from "@/lib/core/db";
import { actorOf, applicationIn, enterpriseWithOffer, studentWithCv } from "@/tests/helpers/applications";
import { callRoute } from "@/tests/helpers/call-route";
import { createUser } from "@/tests/helpers/users";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

/** A university with its own circuit and articles, and two departments (one with a program). */
async function world() {
  const university = await db.university.create({ data: { name: `Université ${Math.random()}`, country: "FR" } });
  const admin = await actorOf((await createUser("UNIVERSITY_ADMIN", { universityId: university.id })).id);
  const chemistry = await db.department.create({ data: { universityId: university.id, name: "Chimie" } });
  const law = await db.department.create({ data: { universityId: university.id, name: "Droit" } });
  const program = await db.program.create({ data: { departmentId: chemistry.id, name: "Master chimie" } });
  await saveCircuit(admin, university.id, {
    steps: [
      { party: "STUDENT", deadlineDays: 5 },
      { party: "ENTERPRISE_SIGNATORY", deadlineDays: 5 },
      { party: "UNIVERSITY_VALIDATOR", deadlineDays: 5 },
    ],
  });
  await saveAgreementTemplate(admin, university.id, {
    fr: [{ title: "Objet", body: "Article de l'université." }],
    en: [{ title: "Purpose", body: "The university's article." }],
  });
  return { universityId: university.id, admin, chemistry, law, program };
}

const departmentSteps = [
  { party: "STUDENT", deadlineDays: 3 },
  { party: "TUTOR", deadlineDays: 4 },
  { party: "ACADEMIC_SUPERVISOR", deadlineDays: 6 },
  { party: "UNIVERSITY_VALIDATOR", deadlineDays: 2 },
] as const;

describe("a department's own circuit and articles", () => {
  it("override the university's for its students' agreements, and once removed the university's apply again", async () => {
    const w = await world();
    const departmentId = w.chemistry.id;
    await saveCircuit(w.admin, w.universityId, { departmentId, steps: departmentSteps, reminderAfterDays: 5 });
    await saveAgreementTemplate(w.admin, w.universityId, {
      departmentId,
      fr: [{ title: "Sécurité", body: "Article du département de chimie." }],
      en: [{ title: "Safety", body: "The chemistry department's article." }],
    });
    expect(await getCircuit(w.admin, w.universityId, departmentId)).toEqual({
      source: "department",
      steps: departmentSteps,
      reminderAfterDays: 5,
    });
    expect((await getAgreementTemplate(w.admin, w.universityId, departmentId)).fr[0]!.title).toBe("Sécurité");
    // The other department and the university keep theirs.
    expect((await getCircuit(w.admin, w.universityId, w.law.id)).source).toBe("university");
    expect((await getCircuit(w.admin, w.universityId)).steps).toHaveLength(3);
    expect(await listCircuitScopes(w.admin, w.universityId)).toEqual([
      { id: w.chemistry.id, name: "Chimie", ownCircuit: true, ownArticles: true },
      { id: w.law.id, name: "Droit", ownCircuit: false, ownArticles: false },
    ]);

    // A student of the department drafts: the department's circuit is copied onto the agreement.
    const enterprise = await enterpriseWithOffer({ stipendAmountMinor: 90_000, durationWeeks: 24 });
    const student = await studentWithCv();
    await db.student.update({
      where: { id: student.studentId },
      data: { universityId: w.universityId, programId: w.program.id },
    });
    const applicationId = await applicationIn("ACCEPTED", enterprise.offerId, student.studentId);
    const drafted = await callRoute(draftRoute, {
      params: { id: w.universityId },
      body: { applicationId },
      headers: student.headers,
    });
    expect(drafted.status).toBe(201);
    const steps = await db.agreementStep.findMany({
      where: { agreementId: (drafted.body as { id: string }).id },
      orderBy: { order: "asc" },
    });
    expect(steps.map((s) => s.party)).toEqual(departmentSteps.map((s) => s.party));

    expect(await removeDepartmentCircuit(w.admin, w.universityId, { departmentId })).toEqual({ removed: true });
    expect(await getCircuit(w.admin, w.universityId, departmentId)).toMatchObject({
      source: "university",
      steps: [{ party: "STUDENT" }, { party: "ENTERPRISE_SIGNATORY" }, { party: "UNIVERSITY_VALIDATOR" }],
    });
    expect(await getAgreementTemplate(w.admin, w.universityId, departmentId)).toMatchObject({
      source: "university",
      fr: [{ title: "Objet" }],
    });
    expect(await db.agreementCircuit.count({ where: { departmentId } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "agreement-circuit.removed" } });
    expect(audit.before).toMatchObject({ departmentId, reminderAfterDays: 5 });
    // Removing it again changes nothing; the agreement drafted before keeps its steps.
    expect(await removeDepartmentCircuit(w.admin, w.universityId, { departmentId })).toEqual({ removed: false });
    expect(await db.agreementStep.count({ where: { agreementId: (drafted.body as { id: string }).id } })).toBe(4);
  });

  it("only articles of its own: the department keeps the university's circuit", async () => {
    const w = await world();
    await saveAgreementTemplate(w.admin, w.universityId, {
      departmentId: w.law.id,
      fr: [{ title: "Déontologie", body: "Article du département de droit." }],
      en: [{ title: "Ethics", body: "The law department's article." }],
    });
    expect((await getCircuit(w.admin, w.universityId, w.law.id)).source).toBe("university");
    expect((await getAgreementTemplate(w.admin, w.universityId, w.law.id)).source).toBe("department");
    const scopes = await listCircuitScopes(w.admin, w.universityId);
    expect(scopes.find((s) => s.id === w.law.id)).toMatchObject({ ownCircuit: false, ownArticles: true });
  });

  it("are another university's admin's business of no one else; bad input changes nothing", async () => {
    const w = await world();
    await saveCircuit(w.admin, w.universityId, { departmentId: w.chemistry.id, steps: departmentSteps });
    const other = await world();
    const removals = () => db.auditLog.count({ where: { action: "agreement-circuit.removed" } });
    const removedBefore = await removals();
    // The other university's admin, on this university or naming this university's department.
    await expect(
      removeDepartmentCircuit(other.admin, w.universityId, { departmentId: w.chemistry.id }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      removeDepartmentCircuit(other.admin, other.universityId, { departmentId: w.chemistry.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listCircuitScopes(other.admin, w.universityId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const student = await actorOf((await studentWithCv()).user.id);
    await expect(
      removeDepartmentCircuit(student, w.universityId, { departmentId: w.chemistry.id }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    for (const input of [{}, { departmentId: "" }, { departmentId: "x".repeat(41) }, null]) {
      await expect(removeDepartmentCircuit(w.admin, w.universityId, input)).rejects.toMatchObject({
        code: "VALIDATION",
      });
    }
    expect(await db.agreementCircuit.count({ where: { departmentId: w.chemistry.id } })).toBe(1);
    expect(await removals()).toBe(removedBefore);
  });
});
