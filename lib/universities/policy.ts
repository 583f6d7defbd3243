import { forbidden } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";

/** Rows that belong to a university (agreements, rosters): its own staff only. */
export function universityScope(actor: Actor): { universityId?: string } {
  if (actor.role === "SYSTEM_ADMIN") return {};
  if ((actor.role === "UNIVERSITY_ADMIN" || actor.role === "UNIVERSITY_SUPERVISOR") && actor.university) {
    return { universityId: actor.university.id };
  }
  throw forbidden();
}
