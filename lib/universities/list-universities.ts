import { db } from "@/lib/core/db";
import { pageArgs, pageSchema, toPage } from "@/lib/core/pagination";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";

export const universitySelect = {
  id: true,
  name: true,
  shortName: true,
  city: true,
  country: true,
  website: true,
} as const;

/**
 * The universities of the platform, by name: their public identity only (a student picks theirs,
 * an enterprise reads who signs an agreement). Rosters, staff and structure are behind their own routes.
 */
export async function listUniversities(actor: Actor | null, input: unknown = {}) {
  requireActor(actor);
  const page = await validate(pageSchema, input);
  const rows = await db.university.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    ...pageArgs(page),
    select: universitySelect,
  });
  return toPage(rows, page.limit);
}
