import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { circuitFor, type Circuit } from "./circuit";
import { requireUniversityAdmin } from "./policy";

/** The circuit a university (or one of its departments) applies, for its admins. */
export async function getCircuit(
  actor: Actor | null,
  universityId: string,
  departmentId?: string | null,
): Promise<Circuit> {
  requireUniversityAdmin(actor, universityId);
  if (departmentId) {
    const department = await db.department.findFirst({
      where: { id: departmentId, universityId },
      select: { id: true },
    });
    if (!department) throw notFound("departmentNotFound");
  }
  return circuitFor(db, universityId, departmentId ?? null);
}
