import { db } from "@/lib/core/db";
import { conflict } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { pushSubscriptionSchema } from "./schemas";

const MAX_DEVICES = 10;

/**
 * Keeps this browser's push subscription for the caller. An endpoint is one browser's: subscribing
 * it again (or from another account on the same browser) moves it to the caller.
 */
export async function subscribeToPush(actor: Actor | null, input: unknown): Promise<{ id: string; devices: number }> {
  const me = requireActor(actor);
  const { endpoint, keys } = await validate(pushSubscriptionSchema, input);
  const devices = await db.pushSubscription.count({ where: { userId: me.userId, endpoint: { not: endpoint } } });
  if (devices >= MAX_DEVICES) throw conflict({ key: "tooManyPushDevices", values: { max: MAX_DEVICES } });
  const row = await db.pushSubscription.upsert({
    where: { endpoint },
    create: { userId: me.userId, endpoint, p256dh: keys.p256dh, auth: keys.auth },
    update: { userId: me.userId, p256dh: keys.p256dh, auth: keys.auth },
    select: { id: true },
  });
  return { id: row.id, devices: devices + 1 };
}
