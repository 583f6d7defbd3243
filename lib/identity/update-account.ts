import { db } from "@/lib/core/db";
import { validate } from "@/lib/core/validation";
import type { Actor } from "./actor";
import { requireActor } from "./policy";
import { updateAccountSchema } from "./schemas";

/** The signed-in user changes their own name and language; nobody else's. */
export async function updateAccount(actor: Actor | null, input: unknown) {
  const me = requireActor(actor);
  const data = await validate(updateAccountSchema, input);
  return db.user.update({ where: { id: me.userId }, data, select: { name: true, locale: true } });
}
