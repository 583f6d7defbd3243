import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { forbidden } from "@/lib/core/errors";

/** System admins and university admins read the audit log (each within their scope). */
export function requireAuditReader(actor: Actor | null | undefined): Actor {
  const me = requireRole(actor, "SYSTEM_ADMIN", "UNIVERSITY_ADMIN");
  if (me.role === "UNIVERSITY_ADMIN" && !me.university) throw forbidden();
  return me;
}

/**
 * The entries an actor may read, as SQL over `a` ("AuditLog"). A system admin reads every entry.
 * A university admin reads the entries about their university: the university itself, its
 * departments, programs and signing circuits; its agreements, internships (with their visits and
 * issues) and certificates; its students' applications; the accounts of its students and staff;
 * and whatever its own staff did. Entries about enterprises, offers or other universities stay hidden,
 * even when one of its students is concerned.
 */
export function auditScope(me: Actor): Prisma.Sql {
  if (me.role === "SYSTEM_ADMIN") return Prisma.sql`true`;
  const u = me.university!.id;
  return Prisma.sql`(
    a."actorId" in (select st."userId" from "UniversityStaff" st where st."universityId" = ${u})
    or (a.entity = 'University' and a."entityId" = ${u})
    or (a.entity = 'Department' and exists (select 1 from "Department" d where d.id = a."entityId" and d."universityId" = ${u}))
    or (a.entity = 'Program' and exists (select 1 from "Program" p join "Department" d on d.id = p."departmentId"
      where p.id = a."entityId" and d."universityId" = ${u}))
    or (a.entity = 'AgreementCircuit' and exists (select 1 from "AgreementCircuit" c where c.id = a."entityId" and c."universityId" = ${u}))
    or (a.entity = 'Agreement' and exists (select 1 from "Agreement" g where g.id = a."entityId" and g."universityId" = ${u}))
    or (a.entity = 'Internship' and exists (select 1 from "Internship" i where i.id = a."entityId" and i."universityId" = ${u}))
    or (a.entity = 'SupervisorVisit' and exists (select 1 from "SupervisorVisit" v join "Internship" i on i.id = v."internshipId"
      where v.id = a."entityId" and i."universityId" = ${u}))
    or (a.entity = 'InternshipIssue' and exists (select 1 from "InternshipIssue" x join "Internship" i on i.id = x."internshipId"
      where x.id = a."entityId" and i."universityId" = ${u}))
    or (a.entity = 'Certificate' and exists (select 1 from "Certificate" c join "Internship" i on i.id = c."internshipId"
      where c.id = a."entityId" and i."universityId" = ${u}))
    or (a.entity = 'Application' and exists (select 1 from "Application" ap join "Student" s on s.id = ap."studentId"
      where ap.id = a."entityId" and s."universityId" = ${u}))
    or (a.entity = 'Student' and exists (select 1 from "Student" s where s.id = a."entityId" and s."universityId" = ${u}))
    or (a.entity = 'User' and (
      exists (select 1 from "Student" s where s."userId" = a."entityId" and s."universityId" = ${u})
      or exists (select 1 from "UniversityStaff" st where st."userId" = a."entityId" and st."universityId" = ${u})))
  )`;
}
