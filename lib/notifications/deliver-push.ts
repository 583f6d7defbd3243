import webpush from "web-push";
import { db } from "@/lib/core/db";
import { isUniqueViolation } from "@/lib/core/db-errors";
import { logger } from "@/lib/core/logger";
import { vapidKeys } from "./web-push-keys";

export type PushOutcome = { sent: number; gone: number; skipped: number } | "NOT_YET" | "NO_KEYS";

/** What the service worker shows: the texts in the user's language and where a click leads. */
export type PushPayload = { title: string; body: string; link: string | null; kind: string; tag: string };

/**
 * Sends one push message to each of its user's subscriptions, once: each subscription is claimed
 * (a PushDelivery row) before the request, so a retried step skips those already done. A push
 * service answering 404 or 410 says the subscription is gone: it is removed. Other failures
 * release the claim and throw, to be retried.
 */
export async function deliverPush(pushId: string): Promise<PushOutcome> {
  const message = await db.pushMessage.findUniqueOrThrow({ where: { id: pushId } });
  if (message.notBefore && message.notBefore > new Date()) return "NOT_YET";
  const keys = vapidKeys();
  if (!keys) return "NO_KEYS";
  const subscriptions = await db.pushSubscription.findMany({
    where: { userId: message.userId, deliveries: { none: { pushMessageId: pushId } } },
  });
  const payload: PushPayload = {
    title: message.title,
    body: message.body,
    link: message.link,
    kind: message.kind,
    tag: message.id,
  };
  const outcome = { sent: 0, gone: 0, skipped: 0 };
  let failure: Error | null = null;
  for (const subscription of subscriptions) {
    try {
      await db.pushDelivery.create({ data: { pushMessageId: pushId, subscriptionId: subscription.id } });
    } catch (error) {
      if (isUniqueViolation(error)) {
        outcome.skipped++;
        continue;
      }
      throw error;
    }
    const request = webpush.generateRequestDetails(
      { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
      JSON.stringify(payload),
      { vapidDetails: keys, TTL: 24 * 3600, urgency: "normal", topic: undefined },
    );
    const status = await fetch(request.endpoint, {
      method: request.method,
      headers: request.headers as Record<string, string>,
      body: request.body as Uint8Array<ArrayBuffer> | null,
      signal: AbortSignal.timeout(10_000),
    }).then(
      (response) => response.status,
      () => 0,
    );
    if (status >= 200 && status < 300) {
      outcome.sent++;
    } else if (status === 404 || status === 410) {
      await db.pushSubscription.deleteMany({ where: { id: subscription.id } });
      outcome.gone++;
    } else {
      await db.pushDelivery.deleteMany({ where: { pushMessageId: pushId, subscriptionId: subscription.id } });
      logger.warn({ pushId, subscriptionId: subscription.id, status }, "push service refused a notification");
      failure ??= new Error(`push ${pushId}: the push service answered ${status || "nothing"}`);
    }
  }
  if (failure) throw failure;
  return outcome;
}
