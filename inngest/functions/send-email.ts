import { deliverEmail } from "@/lib/notifications/deliver-email";
import { defineWorkflow } from "../workflow";

/** Delivers a queued e-mail; deliverEmail is idempotent and Resend gets the row id as idempotency key. */
export const sendEmail = defineWorkflow({
  id: "send-email",
  trigger: "notification.email.send",
  retries: 10,
  handler: ({ event, step }) => step.run("deliver", () => deliverEmail(event.data.emailId)),
});
