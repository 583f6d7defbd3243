import { db } from "@/lib/core/db";
import { logger } from "@/lib/core/logger";
import { recordEvent } from "@/lib/core/outbox";
import type { Prisma } from "@/lib/generated/prisma/client";
import { touchImportedOffers } from "@/lib/offers/imported-offers";
import { applyPosting, closeItemOffer } from "./apply-posting";
import { collectPostings } from "./collect-postings";
import type { FetcherOptions } from "./fetcher";
import type { ImportFilters } from "./filters";
import { sourceFetcher } from "./source-fetcher";
import { runSelect, toRunView, type ImportRunView, type RunProblem } from "./source-view";

/** Failed runs in a row after which a source is paused (and whoever added it is told). */
export const PAUSE_AFTER_FAILURES = 3;
const MAX_LISTED = 200;

/**
 * Performs a queued run: reads the source, applies each posting in its own transaction, closes the
 * offers whose postings were removed or answer 404/410, and writes the run's report. A run retried
 * after a crash (still RUNNING) starts over safely; a finished one is only read back.
 * `fetcherOptions` exists for tests (shorter timeouts and backoff).
 */
export async function runImport(
  runId: string,
  fetcherOptions?: Partial<FetcherOptions>,
): Promise<ImportRunView | null> {
  await db.importRun.updateMany({
    where: { id: runId, status: "QUEUED" },
    data: { status: "RUNNING", startedAt: new Date() },
  });
  const run = await db.importRun.findUnique({
    where: { id: runId },
    select: {
      status: true,
      source: {
        select: {
          id: true,
          url: true,
          kind: true,
          atsProvider: true,
          etag: true,
          lastModified: true,
          enterpriseId: true,
          filters: true,
          requestsPerMinute: true,
          consecutiveFailures: true,
        },
      },
    },
  });
  if (!run) return null;
  if (run.status !== "RUNNING")
    return toRunView(await db.importRun.findUniqueOrThrow({ where: { id: runId }, select: runSelect }));
  const { source } = run;
  const fetcher = sourceFetcher(source, fetcherOptions);
  const known = await db.importItem.findMany({
    where: { sourceId: source.id },
    select: { id: true, externalId: true, url: true, etag: true, lastModified: true, goneAt: true, offerId: true },
  });
  const collected = await collectPostings(source, fetcher, known);
  const counts = { found: collected.postings.length, created: 0, updated: 0, removed: 0 };
  const skips: RunProblem[] = [...collected.skips];
  const errors: RunProblem[] = [...collected.errors];
  const seen = new Set<string>();
  const filters = (source.filters ?? {}) as ImportFilters;

  for (const { posting, validators, pageUrl } of collected.postings) {
    if (seen.has(posting.externalId)) continue;
    seen.add(posting.externalId);
    try {
      const applied = await applyPosting({ id: source.id, enterpriseId: source.enterpriseId, filters }, posting, {
        url: pageUrl,
        validators,
      });
      if (applied.outcome === "created") counts.created++;
      else if (applied.outcome === "updated") counts.updated++;
      else if (applied.outcome === "closed") counts.removed++;
      else if (applied.outcome === "skipped") skips.push({ url: posting.url, reason: applied.reason });
    } catch (error) {
      logger.warn({ err: error, runId, url: posting.url }, "import: a posting could not be applied");
      errors.push({ url: posting.url, reason: "notApplied" });
    }
  }

  const keptOffers = known.filter((item) => collected.kept.has(item.id) && item.offerId).map((item) => item.offerId!);
  await db.$transaction(async (tx) => {
    await tx.importItem.updateMany({ where: { id: { in: [...collected.kept] } }, data: { lastSeenAt: new Date() } });
    await touchImportedOffers(tx, keptOffers, source.id);
  });
  const removed = known.filter(
    (item) =>
      !item.goneAt &&
      (collected.gone.has(item.id) ||
        (collected.complete && !collected.kept.has(item.id) && !seen.has(item.externalId))),
  );
  for (const item of removed) {
    if (await db.$transaction((tx) => closeItemOffer(tx, source.id, item))) counts.removed++;
  }

  const failed = collected.failed;
  const failures = failed ? source.consecutiveFailures + 1 : 0;
  const pause = failed && failures >= PAUSE_AFTER_FAILURES;
  return db.$transaction(async (tx) => {
    const row = await tx.importRun.update({
      where: { id: runId },
      data: {
        ...counts,
        status: failed ? "FAILED" : "SUCCEEDED",
        finishedAt: new Date(),
        skipped: skips.length,
        skips: skips.slice(0, MAX_LISTED) as Prisma.InputJsonValue,
        errors: errors.slice(0, MAX_LISTED) as Prisma.InputJsonValue,
      },
      select: runSelect,
    });
    const paused = await tx.importSource.updateMany({
      where: { id: source.id, ...(pause && { pausedAt: null }) },
      data: {
        lastRunAt: new Date(),
        consecutiveFailures: failures,
        ...(collected.validators && {
          etag: collected.validators.etag,
          lastModified: collected.validators.lastModified,
        }),
        ...(pause && { pausedAt: new Date() }),
      },
    });
    if (pause && paused.count > 0) await recordEvent(tx, "import.source-paused", { sourceId: source.id });
    return toRunView(row);
  });
}
