import { remindUnansweredApplications } from "@/lib/applications/remind-unanswered-applications";
import { defineScheduledWorkflow } from "../workflow";

/**
 * Every morning, each enterprise is reminded of the applications it has left unanswered for more
 * than 10 days, once per application: the step claims each one in the transaction that writes
 * the reminders, so a retry or the next run reminds no one twice.
 */
export const remindUnansweredApplicationsDaily = defineScheduledWorkflow({
  id: "remind-unanswered-applications",
  cron: "0 7 * * *",
  handler: ({ step }) => step.run("remind", () => remindUnansweredApplications()),
});
