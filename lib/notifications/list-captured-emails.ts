import { db } from "@/lib/core/db";
import { env, resendConfigured, type Env } from "@/lib/core/env";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";

/**
 * Who may read the dev mailbox. Its e-mails carry every account's sign-in and reset links, so
 * outside development it is closed to everyone, system admins included, unless DEV_MAILBOX opens
 * it explicitly: `open` (anyone: local and CI runs of a production build) or `admin`.
 */
export function mailboxAccess(config: Pick<Env, "NODE_ENV" | "DEV_MAILBOX"> = env()): "open" | "admin" | "closed" {
  if (config.DEV_MAILBOX === "open" || config.DEV_MAILBOX === "admin") return config.DEV_MAILBOX;
  return config.NODE_ENV === "development" ? "open" : "closed";
}

/** The e-mails captured while no provider is configured, newest first. */
export async function listCapturedEmails(actor: Actor | null, limit = 50) {
  if (resendConfigured()) throw notFound("mailboxNotFound");
  const access = mailboxAccess();
  if (access === "closed") throw notFound("mailboxClosed");
  if (access === "admin") requireRole(actor, "SYSTEM_ADMIN");
  return db.emailMessage.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, to: true, subject: true, text: true, status: true, createdAt: true },
  });
}
