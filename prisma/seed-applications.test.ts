import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { listOfferApplications } from "@/lib/applications/list-offer-applications";
import { listStudentApplications } from "@/lib/applications/list-student-applications";
import { loadActor } from "@/lib/identity/actor";
import { seedDemoData } from "./seed";

beforeAll(async () => {
  await seedDemoData(db as never);
}, 120_000);

describe("the demo applications", () => {
  it("cover every status, all on Numeria's offers, with their history and match", async () => {
    const rows = await db.application.findMany({
      include: {
        offer: { select: { enterprise: { select: { slug: true } } } },
        history: { orderBy: { createdAt: "asc" } },
      },
    });
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set(["DRAFT", "SUBMITTED", "UNDER_REVIEW", "SHORTLISTED", "INTERVIEW", "ACCEPTED", "REJECTED", "WITHDRAWN"]),
    );
    for (const row of rows) {
      expect(row.offer.enterprise.slug).toBe("numeria");
      expect(row.history.at(-1)?.toStatus).toBe(row.status);
      expect(row.history[0]?.toStatus).toBe("DRAFT");
      if (row.status !== "DRAFT") expect(row.matchScore).toEqual(expect.any(Number));
    }
    // The demo student's best fit, scored like her recommendations.
    expect(rows.some((r) => (r.matchScore ?? 0) >= 50)).toBe(true);
  });

  it("show the demo enterprise a living list, and the demo student hers", async () => {
    const rh = await db.user.findUniqueOrThrow({ where: { email: "rh@numeria.demo.stagiaire.app" } });
    const enterprise = (await loadActor(rh.id))!;
    const offer = await db.offer.findFirstOrThrow({ where: { title: "Stage développeur·se full-stack TypeScript" } });
    const page = await listOfferApplications(enterprise, offer.id);
    expect(page.items.map((a) => a.status).sort()).toEqual(["INTERVIEW", "SHORTLISTED", "UNDER_REVIEW"]);

    const lea = await db.user.findUniqueOrThrow({ where: { email: "etudiant1@demo.stagiaire.app" } });
    const student = (await loadActor(lea.id))!;
    const mine = await listStudentApplications(student, student.studentId!);
    // Her internship under way came from an accepted application (seed-internships.ts).
    expect(mine.items.map((a) => a.status).sort()).toEqual([
      "ACCEPTED",
      "DRAFT",
      "REJECTED",
      "SHORTLISTED",
      "SUBMITTED",
    ]);
    expect(await db.notification.count({ where: { userId: lea.id, readAt: null } })).toBeGreaterThan(0);
    expect(await db.notification.count({ where: { userId: rh.id, type: "applicantActivity" } })).toBeGreaterThan(0);
  });

  it("show interviews: slots to book, the INTERVIEW-stage applicant booked, a past one held with notes", async () => {
    const interviewing = await db.application.findMany({
      where: { status: "INTERVIEW" },
      include: { booking: { include: { slot: true } } },
    });
    expect(interviewing.length).toBeGreaterThan(0);
    for (const application of interviewing) {
      expect(application.booking).toMatchObject({ status: "BOOKED" });
      expect(application.booking!.slot.startsAt.getTime()).toBeGreaterThan(Date.now());
    }
    const held = await db.interviewBooking.findMany({ where: { status: "DONE" }, include: { slot: true } });
    expect(held.length).toBeGreaterThan(0);
    expect(held[0]!.outcomeNotes).toEqual(expect.any(String));
    expect(held[0]!.slot.startsAt.getTime()).toBeLessThan(Date.now());
    const shortlisted = await db.application.findFirstOrThrow({ where: { status: "SHORTLISTED" } });
    const open = await db.interviewSlot.count({
      where: { offerId: shortlisted.offerId, startsAt: { gt: new Date() } },
    });
    expect(open).toBeGreaterThan(0);
  });
});
