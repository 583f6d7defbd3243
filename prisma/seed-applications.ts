// The demo applications of prisma/seed-data.ts (APPLICATIONS), written by seedDemoData: each with
// the history of the steps that led to its status, its match score and reasons as the product
// computes them, and the notifications the steps would have sent.
import type { Tx } from "@/lib/core/db";
import { translator } from "@/lib/core/translator";
import type { ApplicationStatus, Prisma } from "@/lib/generated/prisma/client";
import { scoreOfferForStudent } from "@/lib/recommendations/score-offer-for-student";
import { APPLICATIONS } from "./seed-data";

const DAY = 24 * 60 * 60 * 1000;

/** The steps from a draft to each status, as the workflow allows them. */
const PATH: Record<ApplicationStatus, ApplicationStatus[]> = {
  DRAFT: ["DRAFT"],
  SUBMITTED: ["DRAFT", "SUBMITTED"],
  UNDER_REVIEW: ["DRAFT", "SUBMITTED", "UNDER_REVIEW"],
  SHORTLISTED: ["DRAFT", "SUBMITTED", "UNDER_REVIEW", "SHORTLISTED"],
  INTERVIEW: ["DRAFT", "SUBMITTED", "UNDER_REVIEW", "SHORTLISTED", "INTERVIEW"],
  ACCEPTED: ["DRAFT", "SUBMITTED", "UNDER_REVIEW", "SHORTLISTED", "INTERVIEW", "ACCEPTED"],
  REJECTED: ["DRAFT", "SUBMITTED", "UNDER_REVIEW", "REJECTED"],
  WITHDRAWN: ["DRAFT", "SUBMITTED", "WITHDRAWN"],
};
const BY_STUDENT = new Set<ApplicationStatus>(["DRAFT", "SUBMITTED", "WITHDRAWN"]);

export async function seedDemoApplications(
  tx: Tx,
  input: {
    now: Date;
    students: { id: string; userId: string; name: string }[];
    offers: { id: string; title: string }[];
    /** The offers' enterprise: its name and its admins and recruiters (the first decides). */
    enterprise: { name: string; memberIds: string[] };
  },
): Promise<void> {
  const { now, students, offers, enterprise } = input;
  const t = (key: string, values: Record<string, string>) => translator("fr", "applications.notify")(key, values);
  const notifications: Prisma.NotificationCreateManyInput[] = [];

  for (const seed of APPLICATIONS) {
    const student = students[seed.student]!;
    const offer = offers[seed.offer]!;
    const steps = PATH[seed.status];
    const at = (step: number) => new Date(now.getTime() - seed.daysAgo * DAY + step * DAY);
    const sent = seed.status !== "DRAFT";
    const fit = sent ? await scoreOfferForStudent(tx, student.id, offer.id) : null;
    const application = await tx.application.create({
      data: {
        offerId: offer.id,
        studentId: student.id,
        status: seed.status,
        coverLetter: seed.letter,
        matchScore: fit?.score ?? null,
        matchReasons: fit ? (fit.reasons as Prisma.InputJsonValue) : undefined,
        submittedAt: sent ? at(1) : null,
        decidedAt: seed.status === "ACCEPTED" || seed.status === "REJECTED" ? at(steps.length - 1) : null,
        createdAt: at(0),
      },
      select: { id: true },
    });
    await tx.applicationStatusChange.createMany({
      data: steps.map((status, i) => ({
        applicationId: application.id,
        fromStatus: i === 0 ? null : steps[i - 1]!,
        toStatus: status,
        actorId: BY_STUDENT.has(status) ? student.userId : enterprise.memberIds[0],
        rejectionReason: status === "REJECTED" ? seed.rejection?.reason : null,
        note:
          status === "REJECTED" ? (seed.rejection?.message ?? null) : status === "WITHDRAWN" ? seed.withdrawal : null,
        createdAt: at(i),
        notifiedAt: at(i),
      })),
    });

    // What the workflows would have said about the latest step.
    const last = steps.at(-1)!;
    const values = { enterprise: enterprise.name, title: offer.title, name: student.name };
    const recent = seed.daysAgo - (steps.length - 1) <= 7;
    if (!BY_STUDENT.has(last)) {
      notifications.push({
        userId: student.userId,
        type: "applicationStatus",
        title: t(`${last}.title`, values),
        body: t(`${last}.body`, values),
        link: `/student/applications/${application.id}`,
        data: { applicationId: application.id, status: last },
        createdAt: at(steps.length - 1),
        readAt: recent ? null : at(steps.length),
      });
    }
    if (last === "SUBMITTED" || last === "WITHDRAWN") {
      for (const userId of enterprise.memberIds) {
        notifications.push({
          userId,
          type: "applicantActivity",
          title: t(last === "SUBMITTED" ? "received.title" : "withdrawn.title", values),
          body: t(last === "SUBMITTED" ? "received.body" : "withdrawn.body", values),
          link: `/enterprise/applications/${application.id}`,
          data: { applicationId: application.id },
          createdAt: at(steps.length - 1),
        });
      }
    }
  }
  await tx.notification.createMany({ data: notifications });
}
