import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";
import { auditScope } from "./policy";
import type { AuditFilters } from "./schemas";

export type AuditEntry = {
  id: string;
  createdAt: Date;
  action: string;
  entity: string;
  entityId: string;
  actor: { id: string; name: string; email: string } | null;
  ip: string | null;
  before: unknown;
  after: unknown;
};

type Row = Omit<AuditEntry, "actor"> & { actorId: string | null; actorName: string | null; actorEmail: string | null };

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The scope and the filters, as the `where` of a query over "AuditLog" a left join "User" u. */
export function auditWhere(me: Actor, filters: AuditFilters): Prisma.Sql {
  const parts = [auditScope(me)];
  if (filters.actor) {
    const like = `%${escapeLike(filters.actor)}%`;
    parts.push(Prisma.sql`(a."actorId" = ${filters.actor} or u.email ilike ${like} or u.name ilike ${like})`);
  }
  if (filters.action) {
    parts.push(Prisma.sql`(a.action = ${filters.action} or a.action like ${`${escapeLike(filters.action)}.%`})`);
  }
  if (filters.entity) parts.push(Prisma.sql`a.entity = ${filters.entity}`);
  if (filters.entityId) parts.push(Prisma.sql`a."entityId" = ${filters.entityId}`);
  if (filters.from) parts.push(Prisma.sql`a."createdAt" >= ${filters.from}`);
  if (filters.to) parts.push(Prisma.sql`a."createdAt" <= ${filters.to}`);
  return Prisma.join(parts, " and ");
}

/** Newest first; after `cursor` (an entry's id) when given. */
export function auditQuery(where: Prisma.Sql, take: number, cursor?: string): Prisma.Sql {
  const after = cursor
    ? Prisma.sql`and (a."createdAt", a.id) < (select c."createdAt", c.id from "AuditLog" c where c.id = ${cursor})`
    : Prisma.empty;
  return Prisma.sql`
    select a.id, a."createdAt", a.action, a.entity, a."entityId", a.ip, a.before, a.after,
      a."actorId", u.name as "actorName", u.email as "actorEmail"
    from "AuditLog" a left join "User" u on u.id = a."actorId"
    where ${where} ${after}
    order by a."createdAt" desc, a.id desc
    limit ${take}`;
}

export function toEntry({ actorId, actorName, actorEmail, ...row }: Row): AuditEntry {
  return { ...row, actor: actorId ? { id: actorId, name: actorName ?? "", email: actorEmail ?? "" } : null };
}
export type { Row as AuditRow };
