import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { pageArgs, pageSchema, toPage } from "@/lib/core/pagination";
import { validate } from "@/lib/core/validation";
import { isInsider } from "@/lib/enterprises/policy";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { internshipScope } from "./policy";

/** The interns of the actor's own enterprise (system admins: any), latest start first; another enterprise reads as unknown. */
export async function listEnterpriseInterns(actor: Actor | null, enterpriseId: string, input: unknown = {}) {
  const me = requireRole(actor, "ENTERPRISE", "SYSTEM_ADMIN");
  if (!isInsider(me, enterpriseId)) throw notFound("enterpriseNotFound");
  const page = await validate(pageSchema, input);
  const rows = await db.internship.findMany({
    where: { AND: [{ enterpriseId }, internshipScope(me)] },
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
