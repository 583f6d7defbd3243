import { CSV_BOM, csvRow } from "@/lib/core/csv";
import { db } from "@/lib/core/db";
import { translator } from "@/lib/core/translator";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { auditQuery, auditWhere, toEntry, type AuditRow } from "./audit-query";
import { requireAuditReader } from "./policy";
import { auditFiltersSchema } from "./schemas";

const BATCH = 500;
const COLUMNS = ["when", "actor", "email", "action", "entity", "entityId", "ip", "before", "after"] as const;
const json = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value));

/**
 * The filtered audit log as CSV lines, newest first, headers in the caller's language. The
 * caller is checked before the first line; rows are read in batches as the lines are consumed.
 */
export async function exportAuditEntries(actor: Actor | null, input: unknown = {}) {
  const me = requireAuditReader(actor);
  const filters = await validate(auditFiltersSchema, input);
  const where = auditWhere(me, filters);
  const t = translator(me.locale, "admin.audit");

  async function* lines(): AsyncGenerator<string> {
    yield CSV_BOM + csvRow(COLUMNS.map((column) => t(`columns.${column}`)));
    let cursor: string | undefined;
    for (;;) {
      const rows = (await db.$queryRaw<AuditRow[]>(auditQuery(where, BATCH, cursor))).map(toEntry);
      for (const row of rows) {
        yield csvRow([
          row.createdAt.toISOString(),
          row.actor?.name,
          row.actor?.email,
          row.action,
          row.entity,
          row.entityId,
          row.ip,
          json(row.before),
          json(row.after),
        ]);
      }
      if (rows.length < BATCH) return;
      cursor = rows[rows.length - 1]!.id;
    }
  }

  return { fileName: `audit-${new Date().toISOString().slice(0, 10)}.csv`, lines: lines() };
}
