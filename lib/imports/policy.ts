import { forbidden } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";

export type ImportManager = Actor & { importEnterpriseId: string | null };

/**
 * Sources are managed by system admins (any, for any enterprise or none) and by an enterprise's admins
 * for their own careers page (their enterprise's sources only).
 */
export function requireImportManager(actor: Actor | null): ImportManager {
  const me = requireRole(actor, "SYSTEM_ADMIN", "ENTERPRISE");
  if (me.role === "SYSTEM_ADMIN") return { ...me, importEnterpriseId: null };
  if (me.enterprise?.memberRole !== "ADMIN") throw forbidden();
  return { ...me, importEnterpriseId: me.enterprise.id };
}

/** The sources (and through them the runs) a manager may see and change. */
export const importSourceScope = (me: ImportManager): { enterpriseId?: string } =>
  me.importEnterpriseId ? { enterpriseId: me.importEnterpriseId } : {};
