import { deliverPush } from "@/lib/notifications/deliver-push";
import { releaseQuietHours } from "@/lib/notifications/release-quiet-hours";
import { sendEmailDigests } from "@/lib/notifications/send-email-digests";
import { defineScheduledWorkflow, defineWorkflow } from "../workflow";

/** Delivers a web push to each subscription of its user; deliverPush claims each one before sending. */
export const sendPush = defineWorkflow({
  id: "send-push",
  trigger: "notification.push.send",
  retries: 5,
  handler: ({ event, step }) => step.run("deliver", () => deliverPush(event.data.pushId)),
});

/** Every 15 minutes, the e-mails and pushes whose recipient's quiet hours are over. */
export const releaseQuietHoursRegularly = defineScheduledWorkflow({
  id: "release-quiet-hours",
  cron: "*/15 * * * *",
  handler: ({ step }) => step.run("release", () => releaseQuietHours()),
});

/** Every hour, the digests whose hour has come (each user's own, in their time zone). */
export const emailDigestDaily = defineScheduledWorkflow({
  id: "email-digest",
  cron: "0 * * * *",
  handler: ({ step }) => step.run("send-digests", () => sendEmailDigests()),
});
