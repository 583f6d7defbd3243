import { db } from "@/lib/core/db";
import { env, resendConfigured } from "@/lib/core/env";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";

/** Whether the dev mailbox is open to anyone (development, or DEV_MAILBOX=open) or to system admins only. */
export const mailboxIsOpen = () =>
  env().DEV_MAILBOX === "open" || (env().NODE_ENV !== "production" && env().DEV_MAILBOX !== "admin");

/**
 * The e-mails captured while no provider is configured, newest first. They carry sign-in links,
 * so outside development only system admins see them.
 */
export async function listCapturedEmails(actor: Actor | null, limit = 50) {
  if (resendConfigured()) throw notFound("mailboxNotFound");
  if (!mailboxIsOpen()) requireRole(actor, "SYSTEM_ADMIN");
  return db.emailMessage.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, to: true, subject: true, text: true, status: true, createdAt: true },
  });
}
