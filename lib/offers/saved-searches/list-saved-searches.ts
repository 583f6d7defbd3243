import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { requireStudent } from "@/lib/students/policy";
import type { SearchCriteria } from "../search-schema";
import { criteriaHref, searchCriteriaSchema } from "./schemas";

export type SavedSearchSummary = {
  id: string;
  name: string;
  criteria: SearchCriteria;
  href: string;
  /** The names of the enterprises the search filters on (criteria keep their ids). */
  enterpriseNames: string[];
  alertsEnabled: boolean;
  lastNotifiedAt: Date | null;
  createdAt: Date;
};

/** The student's saved searches, newest first, each with the link that runs it again. */
export async function listSavedSearches(actor: Actor | null): Promise<SavedSearchSummary[]> {
  const me = requireStudent(actor);
  const rows = await db.savedSearch.findMany({
    where: { studentId: me.studentId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  // Criteria were validated when saved; casting again fills the defaults of facets added since.
  const searches = rows.map(({ query, studentId: _owner, ...row }) => ({
    ...row,
    criteria: searchCriteriaSchema.cast(query, { stripUnknown: true, assert: false }) as SearchCriteria,
  }));
  const ids = [...new Set(searches.flatMap((search) => search.criteria.enterprise))];
  const names = new Map(
    ids.length
      ? (await db.enterprise.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((e) => [
          e.id,
          e.name,
        ])
      : [],
  );
  return searches.map((search) => ({
    ...search,
    href: criteriaHref(search.criteria),
    enterpriseNames: search.criteria.enterprise.flatMap((id) => names.get(id) ?? []),
  }));
}
