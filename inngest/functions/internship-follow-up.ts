import { activateDueInternships } from "@/lib/internships/activate-due-internships";
import { notifyIssueRaised } from "@/lib/internships/notify-issue-raised";
import { defineScheduledWorkflow, defineWorkflow } from "../workflow";

/**
 * Every hour, planned internships whose first day has come become ACTIVE (`internship.started`).
 * Each move is conditional on PLANNED, so a repeated run starts nothing twice; hourly rather than
 * daily so that a server down at midnight still starts them the same day.
 */
export const activateInternships = defineScheduledWorkflow({
  id: "activate-internships",
  cron: "5 * * * *",
  handler: ({ step }) => step.run("activate", () => activateDueInternships()),
});

/** The supervisor and the university's admins hear of an issue raised, once (the issue is claimed). */
export const tellIssueRaised = defineWorkflow({
  id: "tell-internship-issue-raised",
  trigger: "internship.issue-raised",
  handler: ({ event, step }) => step.run("notify", () => notifyIssueRaised(event.data.issueId)),
});
