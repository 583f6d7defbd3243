import type { Tx } from "@/lib/core/db";
import { field, invalid } from "@/lib/core/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportManager } from "./policy";
import type { ImportSourceInput } from "./schemas";

/**
 * The columns of a source from validated input: an enterprise's admin always writes their own
 * enterprise; a system admin may name one (it must exist) or none.
 */
export async function sourceColumns(tx: Tx, me: ImportManager, data: ImportSourceInput) {
  let enterpriseId = me.importEnterpriseId;
  if (!enterpriseId && data.enterpriseId) {
    const exists = await tx.enterprise.count({ where: { id: data.enterpriseId } });
    if (!exists) throw invalid({ enterpriseId: field("enterpriseUnknown") });
    enterpriseId = data.enterpriseId;
  }
  return {
    name: data.name,
    kind: data.kind,
    atsProvider: data.kind === "ATS_FEED" ? (data.atsProvider ?? null) : null,
    url: data.url,
    enterpriseId,
    enabled: data.enabled,
    intervalMinutes: data.intervalMinutes,
    requestsPerMinute: data.requestsPerMinute,
    filters: data.filters as Prisma.InputJsonValue,
  };
}
