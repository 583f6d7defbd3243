import { pageSchema } from "@/lib/core/pagination";
import { NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import {
  preferencesSchema,
  pushEndpointSchema,
  pushSubscriptionSchema,
  staffMessageSchema,
} from "@/lib/notifications/schemas";
import { array, boolean, integer, listOf, nullable, object, string, type ApiOperation } from "../operation";

const tags = ["notifications"];
const own = { 403: { description: "Notifications are personal: only one's own." } };
const kind = { type: "string", enum: Object.keys(NOTIFICATION_KINDS) };
const preferences = object({
  items: array(
    object({
      kind,
      inApp: boolean(),
      email: boolean(),
      push: boolean(),
      channels: object({ inApp: boolean(), email: boolean(), push: boolean() }),
    }),
  ),
  settings: object({
    emailDigest: boolean(),
    digestFrequency: { type: "string", enum: ["DAILY", "WEEKLY"] },
    digestHour: integer({ minimum: 0, maximum: 23 }),
    quietStart: nullable(integer({ minimum: 0, maximum: 1439 })),
    quietEnd: nullable(integer({ minimum: 0, maximum: 1439 })),
    timeZone: string(),
  }),
});

/** The in-app notifications and their settings. */
export const notificationsOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/notifications/user/{userId}",
    summary: "One's notifications",
    description: "Newest first, with the number still unread. `link` is the page of the object concerned.",
    tags,
    auth: true,
    query: pageSchema,
    responses: {
      200: {
        description: "A page of notifications.",
        schema: listOf(
          object({
            id: string(),
            type: kind,
            title: string(),
            body: string(),
            link: nullable(string()),
            readAt: nullable(string({ format: "date-time" })),
            createdAt: string({ format: "date-time" }),
          }),
          { unread: integer({ minimum: 0 }) },
        ),
      },
      ...own,
    },
  },
  {
    method: "GET",
    path: "/notifications/unread-count",
    summary: "The number of one's unread notifications",
    description:
      "The caller's own count, for the bell: cheap enough to poll (the app asks every minute while the tab is visible).",
    tags,
    auth: true,
    responses: { 200: { description: "The unread count.", schema: object({ unread: integer({ minimum: 0 }) }) } },
  },
  {
    method: "PATCH",
    path: "/notifications/user/{userId}/read",
    summary: "Mark all of one's notifications read",
    tags,
    auth: true,
    responses: { 200: { description: "How many were unread.", schema: object({ updated: integer() }) }, ...own },
  },
  {
    method: "PATCH",
    path: "/notifications/{id}/read",
    summary: "Mark one of one's notifications read",
    description: "Idempotent.",
    tags,
    auth: true,
    responses: {
      200: { description: "Read.", schema: object({ id: string(), readAt: string({ format: "date-time" }) }) },
      404: { description: "No such notification among the caller's." },
    },
  },
  {
    method: "GET",
    path: "/notifications/preferences/{userId}",
    summary: "One's notification settings",
    description:
      "One entry per kind of notification the caller's role receives, each channel as the caller chose or as " +
      "their role's default (in the app and by e-mail for everyone, web push for students); `settings` are the " +
      "daily e-mail digest and the quiet hours (minutes after midnight in `timeZone`, no e-mail or push then).",
    tags,
    auth: true,
    responses: { 200: { description: "The settings.", schema: preferences }, ...own },
  },
  {
    method: "PUT",
    path: "/notifications/preferences/{userId}",
    summary: "Change one's notification settings",
    description:
      "Kinds left out keep their settings, and so does `push` when left out; a kind the caller's role does not " +
      "receive is a 400. `settings`, when given, replaces the digest and quiet hours.",
    tags,
    auth: true,
    requestBody: preferencesSchema,
    responses: { 200: { description: "The settings now.", schema: preferences }, ...own },
  },
  {
    method: "POST",
    path: "/notifications/unsubscribe",
    summary: "One-click unsubscribe from one kind of e-mail (RFC 8058)",
    description:
      "The `List-Unsubscribe` URL of every notification e-mail. No sign-in: the signed `token` in the query names " +
      "the user and the one kind of e-mail to stop (the other kinds and channels are untouched). Mail clients " +
      "send the form body `List-Unsubscribe=One-Click`; a browser form (Accept: text/html) is sent back to the " +
      "unsubscribe page with 303.",
    tags,
    auth: false,
    responses: {
      200: {
        description: "Those e-mails are off.",
        schema: object({ kind, email: { type: "boolean", const: false } }),
      },
      303: { description: "Done, for a browser: back to the unsubscribe page." },
      404: { description: "No valid token." },
    },
  },
  {
    method: "POST",
    path: "/notifications/push-subscriptions",
    summary: "Turn on web push for this browser",
    description:
      "The body is the browser's `PushSubscription.toJSON()` (https endpoint, `keys.p256dh`, `keys.auth`). An " +
      "endpoint already known moves to the caller. Ten browsers at most per account (409). The VAPID public " +
      "key to subscribe with is on the profile page.",
    tags,
    auth: true,
    requestBody: pushSubscriptionSchema,
    responses: {
      201: { description: "Subscribed.", schema: object({ id: string(), devices: integer({ minimum: 1 }) }) },
      409: { description: "Already ten browsers." },
    },
  },
  {
    method: "DELETE",
    path: "/notifications/push-subscriptions",
    summary: "Turn off web push for a browser",
    description: "By endpoint; an endpoint that is not the caller's changes nothing.",
    tags,
    auth: true,
    requestBody: pushEndpointSchema,
    responses: { 200: { description: "How many were removed.", schema: object({ removed: integer({ minimum: 0 }) }) } },
  },
  {
    method: "POST",
    path: "/notifications/push-subscriptions/test",
    summary: "Send a test push to each of one's browsers",
    description: "Ignores quiet hours. Without a subscribed browser nothing is sent (`pushId` null).",
    tags,
    auth: true,
    responses: {
      202: {
        description: "Queued.",
        schema: object({ pushId: nullable(string()), devices: integer({ minimum: 0 }) }),
      },
      409: { description: "Web push is not configured on this server." },
    },
  },
  {
    method: "POST",
    path: "/notifications/send",
    summary: "Send a message to a group (university staff)",
    description:
      "University admins (their own programs, and the interns of an enterprise in internships their university " +
      "follows) and system admins. Each recipient gets it as a `staffMessages` notification on the channels they " +
      "keep on, with their digest and quiet hours. `link` is a path of the app. At most 5,000 recipients (409).",
    tags,
    auth: true,
    requestBody: staffMessageSchema,
    responses: {
      202: {
        description: "Delivered in the app and queued on the other channels.",
        schema: object({
          recipients: integer({ minimum: 0 }),
          inApp: integer({ minimum: 0 }),
          email: integer({ minimum: 0 }),
          push: integer({ minimum: 0 }),
        }),
      },
      403: { description: "Only university admins and system admins send messages." },
      404: { description: "No such program or enterprise among the caller's." },
      409: { description: "Too many recipients." },
    },
  },
];
