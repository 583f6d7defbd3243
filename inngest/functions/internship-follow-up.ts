import { activateDueInternships } from "@/lib/internships/activate-due-internships";
import { notifyActivityCommented } from "@/lib/internships/notify-activity-commented";
import { notifyInternshipTerminated } from "@/lib/internships/notify-internship-terminated";
import { notifyIssueRaised } from "@/lib/internships/notify-issue-raised";
import { notifyVisitChange, notifyVisitScheduled, sendVisitReminders } from "@/lib/internships/notify-visit-scheduled";
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

/** Everyone gets a moved visit's updated invitation (same UID, SEQUENCE raised), once per version. */
export const tellVisitMoved = defineWorkflow({
  id: "tell-internship-visit-moved",
  trigger: "internship.visit-moved",
  handler: ({ event, step }) =>
    step.run("notify", () => notifyVisitChange(event.data.visitId, event.data.sequence, "moved")),
});

/** Everyone hears of a cancelled visit (METHOD:CANCEL once it had a date), once per version. */
export const tellVisitCancelled = defineWorkflow({
  id: "tell-internship-visit-cancelled",
  trigger: "internship.visit-cancelled",
  handler: ({ event, step }) =>
    step.run("notify", () => notifyVisitChange(event.data.visitId, event.data.sequence, "cancelled")),
});

/** Every 15 minutes, everyone of the visits starting within 24 hours is reminded, once per date. */
export const remindVisits = defineScheduledWorkflow({
  id: "remind-visits",
  cron: "*/15 * * * *",
  handler: ({ step }) => step.run("remind", () => sendVisitReminders()),
});
