import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { pageArgs, pageSchema, toPage } from "@/lib/core/pagination";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { enterpriseScope, requireRole } from "@/lib/identity/policy";

/** The interns of the actor's own enterprise (system admins: any), latest start first. */
export async function listEnterpriseInterns(actor: Actor | null, enterpriseId: string, input: unknown = {}) {
  const me = requireRole(actor, "ENTERPRISE", "SYSTEM_ADMIN");
  const scope = enterpriseScope(me);
  if (scope.enterpriseId && scope.enterpriseId !== enterpriseId) throw notFound("The enterprise");
  const page = await validate(pageSchema, input);
  const rows = await db.internship.findMany({
    where: { enterpriseId },
    orderBy: [{ startDate: "desc" }, { id: "desc" }],
    ...pageArgs(page),
    select: {
      id: true,
      status: true,
      startDate: true,
      endDate: true,
      student: { select: { id: true, user: { select: { name: true, email: true } } } },
      offer: { select: { id: true, title: true } },
      tutor: { select: { id: true, user: { select: { name: true } } } },
      university: { select: { id: true, name: true } },
    },
  });
  return toPage(rows, page.limit);
}
