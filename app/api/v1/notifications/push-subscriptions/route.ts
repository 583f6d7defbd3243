import { apiRoute } from "@/lib/core/api-route";
import { subscribeToPush } from "@/lib/notifications/subscribe-to-push";
import { unsubscribeFromPush } from "@/lib/notifications/unsubscribe-from-push";

export const POST = apiRoute(async ({ actor, body }) => subscribeToPush(await actor(), await body()), { status: 201 });

export const DELETE = apiRoute(async ({ actor, body }) => unsubscribeFromPush(await actor(), await body()));
