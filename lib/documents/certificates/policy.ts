import { forbidden } from "@/lib/core/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";
import { requireActor, requireRole } from "@/lib/identity/policy";
import { internshipScope } from "@/lib/internships/policy";

/**
 * Who may have an internship's attestation or certificate generated: its student and the
 * university's staff who follow it (admins, its supervisor), through the internships' own scope.
 * Enterprises read the certificate on the public page like anyone else.
 */
export function generatorScope(actor: Actor | null): { me: Actor; scope: Prisma.InternshipWhereInput } {
  const me = requireActor(actor);
  if (me.role === "ENTERPRISE") throw forbidden();
  return { me, scope: internshipScope(me) };
}

/** Generating a promotion's certificates: the university's admins (and system admins). */
export function requireCertificateAdmin(actor: Actor | null): { me: Actor; scope: Prisma.InternshipWhereInput } {
  const me = requireRole(actor, "UNIVERSITY_ADMIN", "SYSTEM_ADMIN");
  return { me, scope: internshipScope(me) };
}

/**
 * Revoking and reinstating a certificate: the university's admins, and the academic supervisor of
 * the internship (their scope is the internships they supervise; another's reads as not found).
 */
export function requireCertificateRevoker(actor: Actor | null): { me: Actor; scope: Prisma.InternshipWhereInput } {
  const me = requireRole(actor, "UNIVERSITY_ADMIN", "UNIVERSITY_SUPERVISOR", "SYSTEM_ADMIN");
  return { me, scope: internshipScope(me) };
}
