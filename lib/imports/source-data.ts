import { isIP } from "node:net";
import type { Tx } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { field, invalid } from "@/lib/core/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportManager } from "./policy";
import { isPrivateAddress } from "./safe-address";
import type { ImportSourceInput } from "./schemas";

/**
 * Said at once when a source names a private host outright (a private address, localhost): the
 * fetcher refuses it anyway, after DNS resolution and on every redirect, unless private hosts are allowed.
 */
function namesPrivateHost(url: string): boolean {
  if (env().IMPORT_ALLOW_PRIVATE_HOSTS) return false;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  return isIP(host) !== 0 && isPrivateAddress(host);
}

/**
 * The columns of a source from validated input: an enterprise's admin always writes their own
 * enterprise; a system admin may name one (it must exist) or none.
 */
export async function sourceColumns(tx: Tx, me: ImportManager, data: ImportSourceInput) {
  if (namesPrivateHost(data.url)) throw invalid({ url: field("importPrivateHost") });
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
