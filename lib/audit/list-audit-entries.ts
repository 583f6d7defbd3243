import { db } from "@/lib/core/db";
import { toPage, type Page } from "@/lib/core/pagination";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { auditQuery, auditWhere, toEntry, type AuditEntry, type AuditRow } from "./audit-query";
import { requireAuditReader } from "./policy";
import { listAuditSchema } from "./schemas";

/**
 * The audit log, newest first, for system admins (every entry) and university admins (their
 * university's, see auditScope): who did what, when, from where, with the state before and after.
 * Filtered by actor, action, entity and days; `?cursor=&limit=` pages like every list.
 */
export async function listAuditEntries(actor: Actor | null, input: unknown = {}): Promise<Page<AuditEntry>> {
  const me = requireAuditReader(actor);
  const { cursor, limit, ...filters } = await validate(listAuditSchema, input);
  const rows = await db.$queryRaw<AuditRow[]>(auditQuery(auditWhere(me, filters), limit + 1, cursor));
  return toPage(rows.map(toEntry), limit);
}
