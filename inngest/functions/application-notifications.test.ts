import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { changeApplicationStatus } from "@/lib/applications/change-application-status";
import { createApplication } from "@/lib/applications/create-application";
import { withdrawApplication } from "@/lib/applications/withdraw-application";
import { updateNotificationPreferences } from "@/lib/notifications/update-notification-preferences";
import {
  applicationIn,
  enterpriseWithOffer,
  memberOf,
  settleWorkflows,
  studentWithCv,
} from "@/tests/helpers/applications";
import type { AppEvent } from "../events";
import { runLocally } from "../local-runner";
import type { Steps, Workflow } from "../workflow";
import { tellApplicationSubmitted } from "./application-notifications";

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

let enterprise: Awaited<ReturnType<typeof enterpriseWithOffer>>;
let recruiter: Awaited<ReturnType<typeof memberOf>>;
let applicationAddress: string;

beforeAll(async () => {
  enterprise = await enterpriseWithOffer({ title: "Stage data analyst" });
  recruiter = await memberOf(enterprise.enterpriseId, "RECRUITER");
  applicationAddress = (await db.enterprise.findUniqueOrThrow({ where: { id: enterprise.enterpriseId } }))
    .applicationEmail!;
});

beforeEach(() => {
  failNextQueue.armed = false;
});

const emailsTo = (to: string) => db.emailMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
const notificationsOf = (userId: string) =>
  db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

/** Sends an application and returns its id with the event that announces it. */
async function submitted() {
  const student = await studentWithCv();
  const view = await createApplication(student.actor, {
    offerId: enterprise.offerId,
    cvDocumentId: student.cvDocumentId,
    submit: true,
  });
  const row = await db.outboxEvent.findFirstOrThrow({
    where: { name: "application.submitted", data: { path: ["applicationId"], equals: view.id } },
  });
  const event = { id: row.id, name: row.name, data: row.data } as AppEvent<"application.submitted">;
  return { student, applicationId: view.id, event };
}

describe("when an application is sent", () => {
  it("e-mails the enterprise's application address with the student's name, the offer and a link, never the CV", async () => {
    const { student, applicationId } = await submitted();
    await settleWorkflows();
    const [received] = await emailsTo(applicationAddress);
    expect(received).toMatchObject({
      subject: `Nouvelle candidature de ${student.user.name} : Stage data analyst`,
      template: "applicationReceived",
      status: "CAPTURED",
    });
    expect(received!.text).toContain(`http://localhost:3000/enterprise/applications/${applicationId}`);
    expect(received!.text).toContain(student.user.name);
    // The CV stays behind the access-controlled download: no document link, no attachment.
    expect(`${received!.html}${received!.text}`).not.toMatch(/documents\/|\.pdf/);

    const [confirmation] = await emailsTo(student.user.email);
    expect(confirmation).toMatchObject({ subject: "Candidature envoyée : Stage data analyst", status: "CAPTURED" });
    expect(confirmation!.text).toContain(`/student/applications/${applicationId}`);

    for (const member of [enterprise.user, recruiter.user]) {
      const notes = (await notificationsOf(member.id)).filter((n) => n.link?.endsWith(applicationId));
      expect(notes).toEqual([
        expect.objectContaining({
          type: "applicantActivity",
          title: "Nouvelle candidature",
          body: `${student.user.name} a postulé à « Stage data analyst ».`,
        }),
      ]);
    }
  });

  it("sends each e-mail once when the step fails inside its transaction and is retried", async () => {
    const { student, event, applicationId } = await submitted();
    failNextQueue.armed = true;
    const workflow = tellApplicationSubmitted as unknown as Workflow;
    await expect(runLocally([workflow], event)).rejects.toThrow(/failed for application.submitted/);
    // Rolled back with the step: nothing was sent, the claim is free again.
    expect(await emailsTo(student.user.email)).toEqual([]);
    await runLocally([workflow], event);
    await runLocally([workflow], event); // a duplicate delivery
    expect(await emailsTo(student.user.email)).toHaveLength(1);
    const toEnterprise = (await emailsTo(applicationAddress)).filter((e) => e.text.includes(applicationId));
    expect(toEnterprise).toHaveLength(1);
  });

  it("sends each e-mail once when the step committed but its result was lost, and Inngest runs it again", async () => {
    const { student, event, applicationId } = await submitted();
    // Inngest's contract: a step whose result was not recorded runs again on the retry.
    let attempt = 0;
    const flaky: Steps = {
      run: async (_id, fn) => {
        const output = await fn();
        if (attempt++ === 0) throw new Error("worker lost before the step result was saved");
        return output;
      },
    };
    await expect(tellApplicationSubmitted.handler({ event, step: flaky })).rejects.toThrow(/worker lost/);
    const retried = await tellApplicationSubmitted.handler({ event, step: flaky });
    expect(retried).toEqual({ enterprise: 0, student: 0, members: 0 });
    expect(await emailsTo(student.user.email)).toHaveLength(1);
    expect((await emailsTo(applicationAddress)).filter((e) => e.text.includes(applicationId))).toHaveLength(1);
    expect((await notificationsOf(recruiter.user.id)).filter((n) => n.link?.endsWith(applicationId))).toHaveLength(1);
  });
});

describe("when the enterprise moves an application", () => {
  it("tells the student in the app and by e-mail, in their language", async () => {
    const english = await studentWithCv({ locale: "en" });
    const id = await applicationIn("INTERVIEW", enterprise.offerId, english.studentId);
    await changeApplicationStatus(recruiter.actor, id, { status: "ACCEPTED" });
    await settleWorkflows();
    expect(await notificationsOf(english.user.id)).toEqual([
      expect.objectContaining({
        type: "applicationStatus",
        title: "You are accepted!",
        link: `/student/applications/${id}`,
        readAt: null,
      }),
    ]);
    const [email] = await emailsTo(english.user.email);
    expect(email).toMatchObject({ subject: "You are accepted! — Stage data analyst", status: "CAPTURED" });
    expect(email!.text).toContain(`Hello ${english.user.name},`);
  });

  it("passes the enterprise's message on with a decline", async () => {
    const student = await studentWithCv();
    const id = await applicationIn("SUBMITTED", enterprise.offerId, student.studentId);
    await changeApplicationStatus(enterprise.actor, id, {
      status: "REJECTED",
      reason: "POSITION_FILLED",
      message: "Nous gardons votre profil.",
    });
    await settleWorkflows();
    const [note] = await notificationsOf(student.user.id);
    expect(note?.body).toContain("« Nous gardons votre profil. »");
    expect(note?.body).not.toContain("POSITION_FILLED");
    const [email] = await emailsTo(student.user.email);
    expect(email!.text).toContain("Nous gardons votre profil.");
  });

  it("respects the student's settings: no e-mail, or no notification in the app", async () => {
    const quiet = await studentWithCv();
    await updateNotificationPreferences(quiet.actor, quiet.user.id, {
      preferences: [{ kind: "applicationStatus", inApp: true, email: false }],
    });
    const appOnly = await applicationIn("SUBMITTED", enterprise.offerId, quiet.studentId);
    await changeApplicationStatus(enterprise.actor, appOnly, { status: "UNDER_REVIEW" });

    const mailOnly = await studentWithCv();
    await updateNotificationPreferences(mailOnly.actor, mailOnly.user.id, {
      preferences: [{ kind: "applicationStatus", inApp: false, email: true }],
    });
    const mailed = await applicationIn("SUBMITTED", enterprise.offerId, mailOnly.studentId);
    await changeApplicationStatus(enterprise.actor, mailed, { status: "SHORTLISTED" });
    await settleWorkflows();

    expect(await notificationsOf(quiet.user.id)).toHaveLength(1);
    expect(await emailsTo(quiet.user.email)).toEqual([]);
    expect(await notificationsOf(mailOnly.user.id)).toEqual([]);
    expect((await emailsTo(mailOnly.user.email)).map((e) => e.subject)).toEqual([
      "Vous êtes présélectionné·e — Stage data analyst",
    ]);
  });

  it("tells the enterprise's recruiters in the app when the student withdraws", async () => {
    const student = await studentWithCv();
    const id = await applicationIn("SHORTLISTED", enterprise.offerId, student.studentId);
    await withdrawApplication(student.actor, id, { reason: "Stage trouvé ailleurs" });
    await settleWorkflows();
    const notes = (await notificationsOf(recruiter.user.id)).filter((n) => n.link?.endsWith(id));
    expect(notes).toEqual([expect.objectContaining({ title: "Candidature retirée" })]);
    expect(await emailsTo(student.user.email)).toEqual([]);
  });
});
