import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { enterpriseWithOffer, offerOf, studentWithCv } from "@/tests/helpers/applications";
import { listStudentApplications } from "./list-student-applications";
import { recordExternalApplication } from "./record-external-application";

const importedOffer = async (enterpriseId: string, data = {}) =>
  offerOf(enterpriseId, {
    source: "IMPORTED",
    externalId: `ext-${Math.random()}`,
    externalUrl: "https://careers.example.test/jobs/42",
    ...data,
  });

describe("applying on an imported offer's own site", () => {
  it("records a sent application once, listed with the student's others, and gives the original URL", async () => {
    const { enterpriseId } = await enterpriseWithOffer();
    const offerId = await importedOffer(enterpriseId);
    const student = await studentWithCv();
    const first = await recordExternalApplication(student.actor, offerId);
    expect(first.url).toBe("https://careers.example.test/jobs/42");
    const again = await recordExternalApplication(student.actor, offerId);
    expect(again.applicationId).toBe(first.applicationId);

    const rows = await db.application.findMany({ where: { offerId }, include: { history: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "SUBMITTED", studentId: student.studentId, cvDocumentId: null });
    expect(rows[0].appliedExternallyAt).not.toBeNull();
    expect(rows[0].history.map((h) => h.toStatus)).toEqual(["SUBMITTED"]);
    const listed = await listStudentApplications(student.actor, student.studentId, {});
    expect(listed.items.map((a: { id: string }) => a.id)).toContain(first.applicationId);
  });

  it("refuses an offer of the platform itself, a closed one, and anyone but a student", async () => {
    const { enterpriseId, offerId: own, actor: enterprise } = await enterpriseWithOffer();
    const closed = await importedOffer(enterpriseId, { status: "CLOSED", closedAt: new Date() });
    const student = await studentWithCv();
    const before = await db.application.count();
    await expect(recordExternalApplication(student.actor, own)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(recordExternalApplication(student.actor, closed)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(recordExternalApplication(student.actor, "cnotanoffer000000000000")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(recordExternalApplication(enterprise, await importedOffer(enterpriseId))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(recordExternalApplication(null, closed)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await db.application.count()).toBe(before);
  });
});
