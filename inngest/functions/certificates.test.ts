import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { createInternship, internshipSides } from "@/tests/helpers/internships";
import {
  certificateOnInternshipCompleted,
  generatePromotionCertificates,
  tellCertificateGenerated,
} from "./certificates";

const steps = () => ({ run: <T>(_id: string, fn: () => Promise<T>) => fn() });
const sides = await internshipSides();

describe("the certificate workflows", () => {
  it("issue the certificate on internship.completed once, and tell the student once, however often delivered", async () => {
    const made = await createInternship(sides, { status: "COMPLETED" });
    const event = { id: "e1", name: "internship.completed" as const, data: { internshipId: made.internshipId } };
    await certificateOnInternshipCompleted.handler({ event, step: steps() });
    await certificateOnInternshipCompleted.handler({ event: { ...event, id: "e2" }, step: steps() });
    const certificates = await db.certificate.findMany({ where: { internshipId: made.internshipId } });
    expect(certificates).toHaveLength(1);
    const told = { id: "e3", name: "certificate.generated" as const, data: { certificateId: certificates[0]!.id } };
    await tellCertificateGenerated.handler({ event: told, step: steps() });
    await tellCertificateGenerated.handler({ event: { ...told, id: "e4" }, step: steps() });
    const notifications = await db.notification.findMany({
      where: { userId: made.student.user.id, type: "documents" },
    });
    expect(notifications).toHaveLength(1);
    expect(notifications[0]!.body).toContain(certificates[0]!.serial);
  });

  it("issue nothing for an internship that is no longer completed", async () => {
    const made = await createInternship(sides, { status: "TERMINATED" });
    const event = { id: "e5", name: "internship.completed" as const, data: { internshipId: made.internshipId } };
    expect(await certificateOnInternshipCompleted.handler({ event, step: steps() })).toEqual({ serial: null });
    expect(await db.certificate.count({ where: { internshipId: made.internshipId } })).toBe(0);
  });

  it("generate a promotion's certificates, skipping those issued, when run again after a failure", async () => {
    const department = await db.department.create({ data: { universityId: sides.universityId, name: "Info" } });
    const program = await db.program.create({ data: { departmentId: department.id, name: "Master" } });
    const year = new Date().getUTCFullYear();
    const endDate = new Date(Date.UTC(year, 5, 30));
    const made = [];
    for (let i = 0; i < 3; i += 1) {
      const one = await createInternship(sides, {
        status: "COMPLETED",
        startDate: new Date(Date.UTC(year, 0, 6)),
        endDate,
      });
      await db.student.update({ where: { id: one.student.actor.studentId! }, data: { programId: program.id } });
      made.push(one.internshipId);
    }
    const data = {
      universityId: sides.universityId,
      programId: program.id,
      year,
      requestedById: sides.universityAdmin.user.id,
    };
    // The first run fails on the third internship (issued a few at a time: the two in hand finish).
    let calls = 0;
    const failing = {
      run: async <T>(id: string, fn: () => Promise<T>) => {
        if (id.startsWith("issue-") && ++calls === 3) throw new Error("crash");
        return fn();
      },
    };
    const event = { id: "b1", name: "certificate.batch-requested" as const, data };
    await expect(generatePromotionCertificates.handler({ event, step: failing })).rejects.toThrow("crash");
    expect(await db.certificate.count({ where: { internshipId: { in: made } } })).toBe(2);
    expect(await generatePromotionCertificates.handler({ event, step: steps() })).toEqual({ issued: 3 });
    expect(await db.certificate.count({ where: { internshipId: { in: made } } })).toBe(3);
    // Issued a few at a time, each has its own bit in the status list.
    const bits = await db.certificate.findMany({
      where: { internshipId: { in: made } },
      select: { statusIndex: true },
    });
    expect(new Set(bits.map((b) => b.statusIndex)).size).toBe(3);
  });
});
