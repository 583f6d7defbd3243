import { pageSchema } from "@/lib/core/pagination";
import { NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import { preferencesSchema } from "@/lib/notifications/schemas";
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
      channels: object({ inApp: boolean(), email: boolean() }),
    }),
  ),
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
      "One entry per kind of notification the caller's role receives; every channel is on unless turned off.",
    tags,
    auth: true,
    responses: { 200: { description: "The settings.", schema: preferences }, ...own },
  },
  {
    method: "PUT",
    path: "/notifications/preferences/{userId}",
    summary: "Change one's notification settings",
    description: "Kinds left out keep their settings; a kind the caller's role does not receive is a 400.",
    tags,
    auth: true,
    requestBody: preferencesSchema,
    responses: { 200: { description: "The settings now.", schema: preferences }, ...own },
  },
];
