import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { requireUniversityAdmin } from "./policy";

export type CircuitScope = { id: string; name: string; ownCircuit: boolean; ownArticles: boolean };

/**
 * The departments a university admin may give their own circuit and articles, each saying whether
 * it has them (a department without them follows the university's).
 */
export async function listCircuitScopes(actor: Actor | null, universityId: string): Promise<CircuitScope[]> {
  requireUniversityAdmin(actor, universityId);
  const [departments, circuits] = await Promise.all([
    db.department.findMany({ where: { universityId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.agreementCircuit.findMany({
      where: { universityId, departmentId: { not: null } },
      select: { departmentId: true, articles: true, _count: { select: { steps: true } } },
    }),
  ]);
  const own = new Map(circuits.map((c) => [c.departmentId, c]));
  return departments.map((d) => ({
    id: d.id,
    name: d.name,
    ownCircuit: (own.get(d.id)?._count.steps ?? 0) > 0,
    ownArticles: own.get(d.id)?.articles != null,
  }));
}
