import { PassThrough } from "node:stream";
import { auditExportRows } from "@/lib/audit/audit-export-rows";
import { CSV_BOM, csvRow } from "@/lib/core/csv";
import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { AppError } from "@/lib/core/errors";
import { logger } from "@/lib/core/logger";
import { fileStorage } from "@/lib/core/storage";
import { translator } from "@/lib/core/translator";
import { writeXlsx, type XlsxCell } from "@/lib/core/xlsx-stream";
import { loadActor } from "@/lib/identity/actor";
import { notifyUser } from "@/lib/notifications/notify-user";
import { renderEmail } from "@/lib/notifications/templates/layout";
import { EXPORT_TTL_DAYS } from "./schemas";

// The steps of the produce-export workflow (inngest/functions/produce-export.ts), each idempotent.

/** Rows written between two progress updates. */
const PROGRESS_EVERY = 1000;
const DAY = 86_400_000;

const CONTENT_TYPES = {
  CSV: "text/csv; charset=utf-8",
  XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** Collects a stream's bytes: the file is held once, its rows never are. */
async function collect(write: (output: PassThrough) => Promise<unknown>): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve, reject) => output.on("end", resolve).on("error", reject));
  await write(output);
  output.end();
  await ended;
  return Buffer.concat(chunks);
}

async function* counted<T>(rows: AsyncIterable<T>, exportId: string): AsyncGenerator<T> {
  let done = 0;
  for await (const row of rows) {
    yield row;
    done += 1;
    if (done % PROGRESS_EVERY === 0) await db.exportJob.update({ where: { id: exportId }, data: { rowsDone: done } });
  }
  await db.exportJob.update({ where: { id: exportId }, data: { rowsDone: done, rowsTotal: done } });
}

/**
 * Writes the file of a queued export and stores it, unless it was already stored (a retried step).
 * The requester is loaded again: one who lost the right to read the list gets nothing (FAILED).
 */
export async function writeExportFile(exportId: string): Promise<{ storageKey: string | null }> {
  const job = await db.exportJob.findUnique({ where: { id: exportId } });
  if (!job || job.status === "FAILED") return { storageKey: null };
  if (job.storageKey) return { storageKey: job.storageKey };
  await db.exportJob.update({ where: { id: exportId }, data: { status: "RUNNING", rowsDone: 0 } });
  const actor = await loadActor(job.requestedById);
  let list: Awaited<ReturnType<typeof auditExportRows>>;
  try {
    list = await auditExportRows(actor && { ...actor, locale: job.locale }, job.filters);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    logger.warn({ exportId, code: error.code }, "export refused when written");
    await db.exportJob.update({ where: { id: exportId }, data: { status: "FAILED" } });
    return { storageKey: null };
  }
  const rows = counted(list.rows(), exportId);
  const bytes = await collect(async (output) => {
    if (job.format === "XLSX") {
      await writeXlsx(
        output,
        "audit",
        list.header.map((header) => ({ header })),
        rows as AsyncIterable<XlsxCell[]>,
      );
      return;
    }
    output.write(CSV_BOM + csvRow(list.header));
    for await (const row of rows) {
      const line = csvRow(row.map((cell) => (cell instanceof Date ? cell.toISOString() : cell)));
      if (!output.write(line)) await new Promise((resolve) => output.once("drain", resolve));
    }
  });
  const { storageKey } = await fileStorage().put({
    bytes,
    fileName: job.fileName,
    contentType: CONTENT_TYPES[job.format],
  });
  const stored = await db.exportJob.updateMany({
    where: { id: exportId, storageKey: null },
    data: { storageKey, byteSize: bytes.length },
  });
  if (stored.count === 0) {
    // A concurrent run stored its own file first: keep theirs.
    await fileStorage().remove(storageKey);
    return { storageKey: (await db.exportJob.findUnique({ where: { id: exportId } }))?.storageKey ?? null };
  }
  return { storageKey };
}

/** Marks a stored export ready and tells its requester (in the app and by e-mail), once. */
export async function finishExport(exportId: string): Promise<{ notified: boolean }> {
  return db.$transaction(async (tx) => {
    const now = new Date();
    const claimed = await tx.exportJob.updateMany({
      where: { id: exportId, status: { in: ["QUEUED", "RUNNING"] }, storageKey: { not: null } },
      data: { status: "READY", completedAt: now, expiresAt: new Date(now.getTime() + EXPORT_TTL_DAYS * DAY) },
    });
    if (claimed.count === 0) return { notified: false };
    const job = await tx.exportJob.findUniqueOrThrow({
      where: { id: exportId },
      include: { requestedBy: { select: { id: true, email: true, name: true } } },
    });
    const t = translator(job.locale, "dashboards.exportJobs");
    const link = `/exports/${job.id}`;
    const values = { file: job.fileName, rows: job.rowsDone, days: EXPORT_TTL_DAYS };
    await notifyUser(tx, job.requestedBy, {
      kind: "exports",
      title: t("readyTitle", values),
      body: t("readyBody", values),
      link,
      data: { exportId: job.id },
      email: renderEmail({
        template: "export-ready",
        subject: t("readyTitle", values),
        greeting: t("greeting", { name: job.requestedBy.name ?? "" }),
        paragraphs: [t("readyBody", values)],
        action: { label: t("download"), url: `${env().APP_URL}${link}` },
        footer: translator(job.locale, "emails")("footer"),
      }),
    });
    return { notified: true };
  });
}
