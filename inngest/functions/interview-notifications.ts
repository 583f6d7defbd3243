import { notifyInterviewChange, sendInterviewReminders } from "@/lib/applications/notify-interview";
import { defineScheduledWorkflow, defineWorkflow } from "../workflow";

// Each step claims the booking's version (or its reminder) in the transaction that writes the
// notifications and e-mails: a step retried after it committed sends nothing twice.

/** Both sides hear of a booking, in the app and by e-mail with the calendar invitation's link. */
export const tellInterviewBooked = defineWorkflow({
  id: "tell-interview-booked",
  trigger: "interview.booked",
  handler: ({ event, step }) =>
    step.run("notify", () => notifyInterviewChange(event.data.bookingId, event.data.sequence, "booked")),
});

export const tellInterviewMoved = defineWorkflow({
  id: "tell-interview-moved",
  trigger: "interview.moved",
  handler: ({ event, step }) =>
    step.run("notify", () => notifyInterviewChange(event.data.bookingId, event.data.sequence, "moved")),
});

export const tellInterviewCancelled = defineWorkflow({
  id: "tell-interview-cancelled",
  trigger: "interview.cancelled",
  handler: ({ event, step }) =>
    step.run("notify", () => notifyInterviewChange(event.data.bookingId, event.data.sequence, "cancelled")),
});

/** Every 15 minutes, both sides of the interviews starting within 24 hours are reminded, once. */
export const remindInterviews = defineScheduledWorkflow({
  id: "remind-interviews",
  cron: "*/15 * * * *",
  handler: ({ step }) => step.run("remind", () => sendInterviewReminders()),
});
