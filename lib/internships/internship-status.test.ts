import { beforeAll, describe, expect, it, vi } from "vitest";
import { activateInternships } from "@/inngest/functions/internship-follow-up";
import { db } from "@/lib/core/db";
import { createInternship, internshipSides, utcDay } from "@/tests/helpers/internships";
import { activateDueInternships } from "./activate-due-internships";
import { completeInternship } from "./complete-internship";
import * as requirements from "./completion-requirements";

// The real requirements by default; one test stands in for the evaluations that another part adds.
vi.mock("./completion-requirements", async (actual) => {
  const real = await actual<typeof import("./completion-requirements")>();
  return { missingForCompletion: vi.fn(real.missingForCompletion) };
});

let sides: Awaited<ReturnType<typeof internshipSides>>;
beforeAll(async () => {
  sides = await internshipSides();
});

const startedEvents = (internshipId: string) =>
  db.outboxEvent.count({
    where: { name: "internship.started", data: { path: ["internshipId"], equals: internshipId } },
  });

describe("starting internships on their first day", () => {
  it("moves a planned internship whose day has come to ACTIVE exactly once, and leaves later ones planned", async () => {
    const due = await createInternship(sides, { status: "PLANNED", startDate: utcDay(0), endDate: utcDay(90) });
    const later = await createInternship(sides, { status: "PLANNED", startDate: utcDay(1), endDate: utcDay(90) });
    const step = { run: <T>(_id: string, fn: () => Promise<T>) => fn() };

    // Two runs at once, then the scheduled workflow again: one start, one event, one audit entry.
    await Promise.all([activateDueInternships(), activateDueInternships()]);
    await activateInternships.handler({ runId: "test", step });

    const row = await db.internship.findUniqueOrThrow({ where: { id: due.internshipId } });
    expect(row.status).toBe("ACTIVE");
    expect(row.startedAt).toBeInstanceOf(Date);
    expect(await startedEvents(due.internshipId)).toBe(1);
    expect(
      await db.auditLog.count({ where: { entityId: due.internshipId, action: "internship.started", actorId: null } }),
    ).toBe(1);
    expect((await db.internship.findUniqueOrThrow({ where: { id: later.internshipId } })).status).toBe("PLANNED");
    expect(await startedEvents(later.internshipId)).toBe(0);

    // The next day, the later one starts.
    expect((await activateDueInternships(utcDay(1))).started).toBeGreaterThanOrEqual(1);
    expect(await startedEvents(later.internshipId)).toBe(1);
  });

  it("starts no terminated internship", async () => {
    const ended = await createInternship(sides, { status: "TERMINATED", startDate: utcDay(-1) });
    await activateDueInternships();
    expect((await db.internship.findUniqueOrThrow({ where: { id: ended.internshipId } })).status).toBe("TERMINATED");
  });
});

describe("completing an internship", () => {
  it("is refused while the final report is missing, and names it", async () => {
    const made = await createInternship(sides);
    await expect(completeInternship(made.supervisor.actor, made.internshipId)).rejects.toMatchObject({
      code: "CONFLICT",
      details: { extensions: { missing: expect.arrayContaining(["finalReportMissing"]) } },
    });
    expect((await db.internship.findUniqueOrThrow({ where: { id: made.internshipId } })).status).toBe("ACTIVE");
  });

  it("completes once nothing is missing: internship.completed and the audit, once", async () => {
    const made = await createInternship(sides);
    vi.mocked(requirements.missingForCompletion).mockResolvedValueOnce([]);
    const done = await completeInternship(sides.universityAdmin.actor, made.internshipId);
    expect(done).toMatchObject({ status: "COMPLETED" });
    const row = await db.internship.findUniqueOrThrow({ where: { id: made.internshipId } });
    expect(row.status).toBe("COMPLETED");
    expect(row.completedAt).toBeInstanceOf(Date);
    expect(
      await db.outboxEvent.count({
        where: { name: "internship.completed", data: { path: ["internshipId"], equals: made.internshipId } },
      }),
    ).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: made.internshipId, action: "internship.completed" } })).toBe(1);
    // Completed is final.
    await expect(completeInternship(made.supervisor.actor, made.internshipId)).rejects.toMatchObject({
      code: "CONFLICT",
      details: { extensions: { allowed: [] } },
    });
  });

  it("is not the student's or the tutor's to do", async () => {
    const made = await createInternship(sides);
    for (const who of [made.student, made.tutor]) {
      await expect(completeInternship(who.actor, made.internshipId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
