import { db } from "@/lib/core/db";
import type { InternshipStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { byAttention, internshipSummary, summarySelect, type InternshipSummary } from "./internship-summary";
import { internshipScope } from "./policy";

const BOARD_MAX = 300;

/**
 * The internships page of each role: those the caller follows, grouped by status, each group
 * ordered by what needs attention (serious open issues, open issues, missing logbook weeks).
 * At most 300 of each status; `truncated` says when there are more.
 */
export async function listFollowedInternships(actor: Actor | null) {
  const me = requireActor(actor);
  const groups = {} as Record<InternshipStatus, InternshipSummary[]>;
  let truncated = false;
  for (const status of ["ACTIVE", "PLANNED", "COMPLETED", "TERMINATED"] as const) {
    const rows = await db.internship.findMany({
      where: { AND: [internshipScope(me), { status }] },
      orderBy: [{ startDate: "desc" }, { id: "desc" }],
      take: BOARD_MAX + 1,
      select: summarySelect,
    });
    truncated ||= rows.length > BOARD_MAX;
    groups[status] = rows
      .slice(0, BOARD_MAX)
      .map((row) => internshipSummary(row))
      .sort(byAttention);
  }
  return { groups, truncated };
}
