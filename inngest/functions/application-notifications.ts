import { notifyApplicationSubmitted } from "@/lib/applications/notify-application-submitted";
import { notifyStatusChange } from "@/lib/applications/notify-status-change";
import { defineWorkflow } from "../workflow";

// Each step claims the history row it reports on, in the transaction that writes the e-mails and
// notifications: a step retried after it committed (its result lost) sends nothing twice.

/** The enterprise receives the application (e-mail and in-app), the student a confirmation. */
export const tellApplicationSubmitted = defineWorkflow({
  id: "tell-application-submitted",
  trigger: "application.submitted",
  handler: ({ event, step }) => step.run("notify", () => notifyApplicationSubmitted(event.data.changeId)),
});

/** The student hears of each move of their application, in the app and by e-mail as they chose. */
export const tellStudentStatusChanged = defineWorkflow({
  id: "tell-student-status-changed",
  trigger: "application.status-changed",
  handler: ({ event, step }) => step.run("notify", () => notifyStatusChange(event.data.changeId)),
});

export const tellStudentAccepted = defineWorkflow({
  id: "tell-student-accepted",
  trigger: "application.accepted",
  handler: ({ event, step }) => step.run("notify", () => notifyStatusChange(event.data.changeId)),
});

export const tellStudentRejected = defineWorkflow({
  id: "tell-student-rejected",
  trigger: "application.rejected",
  handler: ({ event, step }) => step.run("notify", () => notifyStatusChange(event.data.changeId)),
});

/** The enterprise's recruiters see in the app that a student withdrew. */
export const tellEnterpriseWithdrawn = defineWorkflow({
  id: "tell-enterprise-withdrawn",
  trigger: "application.withdrawn",
  handler: ({ event, step }) => step.run("notify", () => notifyStatusChange(event.data.changeId)),
});
