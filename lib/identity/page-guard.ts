import { forbidden, redirect } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "./actor";
import { sessionActor } from "./current-actor";

/**
 * For pages: the signed-in actor, else off to sign-in; a role outside `roles` gets the 403 page.
 * This only chooses what to render; the domain functions the page calls check again.
 */
export async function pageActor(...roles: Role[]): Promise<Actor> {
  const actor = await sessionActor();
  if (!actor) redirect("/sign-in");
  if (roles.length > 0 && !roles.includes(actor.role)) forbidden();
  return actor;
}
