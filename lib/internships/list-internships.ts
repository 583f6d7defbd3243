import { db } from "@/lib/core/db";
import { pageArgs, toPage } from "@/lib/core/pagination";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { internshipSummary, summarySelect } from "./internship-summary";
import { internshipScope } from "./policy";
import { listInternshipsSchema } from "./schemas";

/**
 * GET /internships: the internships the caller takes part in (a student's own, an enterprise's
 * interns, a supervisor's assigned ones, a university's), latest start first, with what needs
 * attention (missing logbook weeks, open issues).
 */
export async function listInternships(actor: Actor | null, input: unknown = {}) {
  const me = requireActor(actor);
  const query = await validate(listInternshipsSchema, input);
  const rows = await db.internship.findMany({
    where: { AND: [internshipScope(me), query.status ? { status: query.status } : {}] },
    orderBy: [{ startDate: "desc" }, { id: "desc" }],
    ...pageArgs(query),
    select: summarySelect,
  });
  const page = toPage(rows, query.limit);
  return { items: page.items.map((row) => internshipSummary(row)), nextCursor: page.nextCursor };
}
