import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportFilters } from "./filters";

export const sourceSelect = {
  id: true,
  name: true,
  kind: true,
  atsProvider: true,
  url: true,
  enterpriseId: true,
  enterprise: { select: { name: true } },
  enabled: true,
  intervalMinutes: true,
  requestsPerMinute: true,
  filters: true,
  consecutiveFailures: true,
  pausedAt: true,
  lastRunAt: true,
  createdAt: true,
  _count: { select: { offers: { where: { status: "PUBLISHED" } } } },
} satisfies Prisma.ImportSourceSelect;

/** The stored filters, every field present. */
const filtersView = (filters: ImportFilters) => ({
  employmentTypes: filters.employmentTypes ?? [],
  titleWords: filters.titleWords ?? [],
  maxDurationWeeks: filters.maxDurationWeeks ?? null,
  defaultCity: filters.defaultCity ?? null,
  defaultCountry: filters.defaultCountry ?? null,
});

type Row = Prisma.ImportSourceGetPayload<{ select: typeof sourceSelect }>;

/** A source as admins read it, with the number of its offers open now. */
export function toSourceView({ enterprise, _count, filters, ...row }: Row) {
  return {
    ...row,
    enterpriseName: enterprise?.name ?? null,
    filters: filtersView((filters ?? {}) as ImportFilters),
    openOffers: _count.offers,
  };
}
export type ImportSourceView = ReturnType<typeof toSourceView>;

export const runSelect = {
  id: true,
  sourceId: true,
  trigger: true,
  status: true,
  startedAt: true,
  finishedAt: true,
  found: true,
  created: true,
  updated: true,
  removed: true,
  skipped: true,
  skips: true,
  errors: true,
} satisfies Prisma.ImportRunSelect;

type RunRow = Prisma.ImportRunGetPayload<{ select: typeof runSelect }>;
export type RunProblem = { url: string; reason: string; detail?: string };

/** A run's report in the API's words: fetched, created, updated, closed, skipped (with why), errors. */
export function toRunView(row: RunRow) {
  return {
    id: row.id,
    sourceId: row.sourceId,
    trigger: row.trigger,
    status: row.status,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    fetched: row.found,
    created: row.created,
    updated: row.updated,
    closed: row.removed,
    skipped: row.skipped,
    skips: (row.skips ?? []) as RunProblem[],
    errors: (row.errors ?? []) as RunProblem[],
  };
}
export type ImportRunView = ReturnType<typeof toRunView>;
