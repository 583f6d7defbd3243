import { beforeEach, describe, expect, it, vi } from "vitest";
import { changeApplicationStatus } from "@/lib/applications/change-application-status";
import { listUnansweredApplications } from "@/lib/applications/list-unanswered-applications";
import { db } from "@/lib/core/db";
import { applicationIn, enterpriseWithOffer, memberOf, studentWithCv } from "@/tests/helpers/applications";
import { runScheduledLocally } from "../local-runner";
import { remindUnansweredApplicationsDaily } from "./unanswered-applications";

// queueEmail can be made to fail once, inside the step's transaction (a database or provider hiccup).
const failNextQueue = vi.hoisted(() => ({ armed: false }));
vi.mock("@/lib/notifications/queue-email", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/notifications/queue-email")>();
  return {
    queueEmail: async (...args: Parameters<typeof real.queueEmail>) => {
      const id = await real.queueEmail(...args);
      if (failNextQueue.armed) {
        failNextQueue.armed = false;
        throw new Error("connection lost while queueing");
      }
      return id;
    },
  };
});

beforeEach(() => {
  failNextQueue.armed = false;
});

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
const remindersTo = (to: string) =>
  db.emailMessage.findMany({ where: { to, template: "applications-unanswered" }, orderBy: { createdAt: "asc" } });

async function sentDaysAgo(offerId: string, days: number, status: "SUBMITTED" | "UNDER_REVIEW" = "SUBMITTED") {
  const student = await studentWithCv();
  const id = await applicationIn(status, offerId, student.studentId, { submittedAt: daysAgo(days) });
  return { id, student };
}

describe("applications unanswered for 10 days", () => {
  it("remind the enterprise once, even when the step fails, is retried, and runs again the next day", async () => {
    const enterprise = await enterpriseWithOffer({ title: "Stage backend" });
    const recruiter = await memberOf(enterprise.enterpriseId, "RECRUITER");
    const tutor = await memberOf(enterprise.enterpriseId, "TUTOR");
    const old = await sentDaysAgo(enterprise.offerId, 12);
    const older = await sentDaysAgo(enterprise.offerId, 15);
    const recent = await sentDaysAgo(enterprise.offerId, 3);
    const reviewed = await sentDaysAgo(enterprise.offerId, 20, "UNDER_REVIEW");

    failNextQueue.armed = true;
    await expect(runScheduledLocally(remindUnansweredApplicationsDaily, "day-1")).rejects.toThrow(/connection lost/);
    expect(await remindersTo(enterprise.user.email)).toEqual([]);
    expect((await db.application.findUniqueOrThrow({ where: { id: old.id } })).unansweredRemindedAt).toBeNull();

    await runScheduledLocally(remindUnansweredApplicationsDaily, "day-1"); // the retry
    await runScheduledLocally(remindUnansweredApplicationsDaily, "day-1"); // a duplicate run
    await runScheduledLocally(remindUnansweredApplicationsDaily, "day-2"); // the next morning

    for (const member of [enterprise.user, recruiter.user]) {
      const reminders = await remindersTo(member.email);
      expect(reminders).toHaveLength(1);
      expect(reminders[0]!.subject).toBe("2 candidatures attendent une réponse");
      expect(reminders[0]!.text).toContain(older.student.user.name);
      expect(reminders[0]!.text).toContain(`/enterprise/applications/${old.id}`);
      expect(reminders[0]!.text).not.toContain(recent.student.user.name);
      const inApp = await db.notification.findMany({ where: { userId: member.id, type: "unansweredApplications" } });
      expect(inApp).toHaveLength(1);
    }
    expect(await remindersTo(tutor.user.email)).toEqual([]);
    const claimed = await db.application.findMany({
      where: { offerId: enterprise.offerId, unansweredRemindedAt: { not: null } },
      select: { id: true },
    });
    expect(claimed.map((row) => row.id).sort()).toEqual([old.id, older.id].sort());
    expect((await db.application.findUniqueOrThrow({ where: { id: reviewed.id } })).unansweredRemindedAt).toBeNull();

    // Another one passes 10 days later on: it alone is reminded, once.
    await db.application.update({ where: { id: recent.id }, data: { submittedAt: daysAgo(11) } });
    await runScheduledLocally(remindUnansweredApplicationsDaily, "day-9");
    await runScheduledLocally(remindUnansweredApplicationsDaily, "day-10");
    const reminders = await remindersTo(enterprise.user.email);
    expect(reminders).toHaveLength(2);
    expect(reminders[1]!.subject).toBe("Une candidature attend une réponse");
    expect(reminders[1]!.text).toContain(recent.student.user.name);
    expect(reminders[1]!.text).not.toContain(older.student.user.name);
  });

  it("are listed on the enterprise's dashboard until answered, and only its own", async () => {
    const enterprise = await enterpriseWithOffer({ title: "Stage mobile" });
    const other = await enterpriseWithOffer();
    const waiting = await sentDaysAgo(enterprise.offerId, 11);
    const oldest = await sentDaysAgo(enterprise.offerId, 30);
    await sentDaysAgo(enterprise.offerId, 2);
    await sentDaysAgo(other.offerId, 40);

    const listed = await listUnansweredApplications(enterprise.actor);
    expect(listed.total).toBe(2);
    expect(listed.items.map((item) => item.id)).toEqual([oldest.id, waiting.id]);
    expect(listed.items[0]).toMatchObject({ offerTitle: "Stage mobile", studentName: oldest.student.user.name });

    await changeApplicationStatus(enterprise.actor, waiting.id, { status: "UNDER_REVIEW" });
    expect((await listUnansweredApplications(enterprise.actor)).items.map((item) => item.id)).toEqual([oldest.id]);
    const student = await studentWithCv();
    await expect(listUnansweredApplications(student.actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
