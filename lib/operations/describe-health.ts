import { statfs } from "node:fs/promises";
import { db } from "@/lib/core/db";
import { env, inngestConfigured } from "@/lib/core/env";
import { logger } from "@/lib/core/logger";
import { fileStorage } from "@/lib/core/storage";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { outboxState, type OutboxState } from "./outbox-state";

const LISTED = 20;

export type Health = {
  database: { ok: boolean; latencyMs: number | null };
  outbox: OutboxState & {
    failed: {
      id: string;
      name: string;
      attempts: number;
      lastError: string | null;
      createdAt: Date;
      nextTryAt: Date;
    }[];
  };
  workflows: "inngest" | "in-process";
  email: {
    failing: number;
    recent: { id: string; template: string; attempts: number; lastError: string | null; createdAt: Date }[];
  };
  storage: { kind: "local" | "uploadthing"; ok: boolean | null; freeBytes: number | null };
};

async function probeDatabase() {
  const started = performance.now();
  try {
    await db.$queryRaw`select 1`;
    return { ok: true, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    logger.warn({ err: error }, "health: the database did not answer");
    return { ok: false, latencyMs: null };
  }
}

/** Local disk: a small file written, read back and removed, and the free space. UploadThing is not probed (a real upload). */
async function probeStorage(): Promise<Health["storage"]> {
  const storage = fileStorage();
  if (storage.name !== "local") return { kind: storage.name, ok: null, freeBytes: null };
  try {
    const bytes = new TextEncoder().encode(`health ${Date.now()}`);
    const { storageKey } = await storage.put({ bytes, fileName: "health-probe.txt", contentType: "text/plain" });
    const read = await storage.get(storageKey);
    await storage.remove(storageKey);
    const stats = await statfs(env().DATA_DIR);
    return { kind: "local", ok: read !== null && read.length === bytes.length, freeBytes: stats.bavail * stats.bsize };
  } catch (error) {
    logger.warn({ err: error }, "health: storage probe failed");
    return { kind: "local", ok: false, freeBytes: null };
  }
}

/**
 * What a system admin checks when something seems wrong: the database, the outbox (backlog, the
 * oldest undelivered event, the events whose workflows failed, which can be retried), e-mails
 * that could not be sent, and the file storage.
 */
export async function describeHealth(actor: Actor | null): Promise<Health> {
  requireRole(actor, "SYSTEM_ADMIN");
  const database = await probeDatabase();
  const [outbox, failed, failingEmails, recentEmails, storage] = await Promise.all([
    outboxState(),
    db.outboxEvent.findMany({
      where: { deliveredAt: null, attempts: { gt: 0 } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: LISTED,
      select: { id: true, name: true, attempts: true, lastError: true, createdAt: true, availableAt: true },
    }),
    db.emailMessage.count({ where: { status: { not: "SENT" }, lastError: { not: null } } }),
    db.emailMessage.findMany({
      where: { status: { not: "SENT" }, lastError: { not: null } },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: LISTED,
      select: { id: true, template: true, attempts: true, lastError: true, createdAt: true },
    }),
    probeStorage(),
  ]);
  return {
    database,
    outbox: { ...outbox, failed: failed.map(({ availableAt, ...event }) => ({ ...event, nextTryAt: availableAt })) },
    workflows: inngestConfigured() ? "inngest" : "in-process",
    email: { failing: failingEmails, recent: recentEmails },
    storage,
  };
}
