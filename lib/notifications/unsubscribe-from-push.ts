import { db } from "@/lib/core/db";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { pushEndpointSchema } from "./schemas";

/** Forgets one of the caller's browsers; an endpoint that is not theirs changes nothing. */
export async function unsubscribeFromPush(actor: Actor | null, input: unknown): Promise<{ removed: number }> {
  const me = requireActor(actor);
  const { endpoint } = await validate(pushEndpointSchema, input);
  const { count } = await db.pushSubscription.deleteMany({ where: { endpoint, userId: me.userId } });
  return { removed: count };
}
