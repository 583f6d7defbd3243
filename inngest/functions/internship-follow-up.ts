import { activateDueInternships } from "@/lib/internships/activate-due-internships";
import { notifyActivityCommented } from "@/lib/internships/notify-activity-commented";
import { notifyInternshipTerminated } from "@/lib/internships/notify-internship-terminated";
import { notifyIssueRaised } from "@/lib/internships/notify-issue-raised";
import { notifyVisitScheduled } from "@/lib/internships/notify-visit-scheduled";
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

/** The other parties hear of a comment on a logbook week, once (the comment is claimed). */
export const tellActivityCommented = defineWorkflow({
  id: "tell-internship-activity-commented",
  trigger: "internship.activity-commented",
  handler: ({ event, step }) => step.run("notify", () => notifyActivityCommented(event.data.commentId)),
});

/** The other parties hear of an internship ended early, once (the internship is claimed). */
export const tellInternshipTerminated = defineWorkflow({
  id: "tell-internship-terminated",
  trigger: "internship.terminated",
  handler: ({ event, step }) =>
    step.run("notify", () => notifyInternshipTerminated(event.data.internshipId, event.data.byUserId)),
});

/** Everyone gets a visit's date and its invitation, once per version (the visit's SEQUENCE is claimed). */
export const tellVisitScheduled = defineWorkflow({
  id: "tell-internship-visit-scheduled",
  trigger: "internship.visit-scheduled",
  handler: ({ event, step }) => step.run("notify", () => notifyVisitScheduled(event.data.visitId, event.data.sequence)),
});
