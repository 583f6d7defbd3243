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
    expect(mine.items.map((a) => a.status).sort()).toEqual(["DRAFT", "REJECTED", "SHORTLISTED", "SUBMITTED"]);
    expect(await db.notification.count({ where: { userId: lea.id, readAt: null } })).toBeGreaterThan(0);
    expect(await db.notification.count({ where: { userId: rh.id, type: "applicantActivity" } })).toBeGreaterThan(0);
  });
});
