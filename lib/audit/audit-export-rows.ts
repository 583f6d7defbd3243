import { db } from "@/lib/core/db";
import { translator } from "@/lib/core/translator";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { auditQuery, auditWhere, toEntry, type AuditRow } from "./audit-query";
import { requireAuditReader } from "./policy";
import { auditFiltersSchema } from "./schemas";

const BATCH = 1000;
const COLUMNS = ["when", "actor", "email", "action", "entity", "entityId", "ip", "before", "after"] as const;
const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** The filters an audit export keeps (the page's query may carry others: cursor…). */
export const AUDIT_FILTER_KEYS = ["actor", "action", "entity", "entityId", "from", "to"] as const;

/**
 * The filtered audit log as an export's rows, for another slice's export (the background export
 * workflow): the caller is checked and the filters validated at once; `count` says how many rows
 * there are, `rows` reads them newest first in batches, the instant as a real date.
 */
export async function auditExportRows(actor: Actor | null, input: unknown = {}) {
  const me = requireAuditReader(actor);
  const filters = await validate(auditFiltersSchema, input);
  const where = auditWhere(me, filters);
  const t = translator(me.locale, "admin.audit");

  async function count(): Promise<number> {
    const [row] = await db.$queryRaw<{ n: bigint }[]>`
      select count(*) as n from "AuditLog" a left join "User" u on u.id = a."actorId" where ${where}`;
    return Number(row?.n ?? 0);
  }

  async function* rows(): AsyncGenerator<(string | Date | null)[]> {
    let cursor: string | undefined;
    for (;;) {
      const batch = (await db.$queryRaw<AuditRow[]>(auditQuery(where, BATCH, cursor))).map(toEntry);
      for (const row of batch) {
        yield [
          row.createdAt,
          row.actor?.name ?? null,
          row.actor?.email ?? null,
          row.action,
          row.entity,
          row.entityId,
          row.ip,
          json(row.before),
          json(row.after),
        ];
      }
      if (batch.length < BATCH) return;
      cursor = batch[batch.length - 1]!.id;
    }
  }

  return { header: COLUMNS.map((column) => t(`columns.${column}`)), count, rows };
}
