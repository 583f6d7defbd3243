import type { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/identity/actor";
import { internshipScope } from "@/lib/internships/policy";

/** The kinds a student adds to their internship's documents section (the report has its own review). */
export const INTERNSHIP_DOCUMENT_KINDS = ["INSURANCE_CERTIFICATE", "OTHER"] as const satisfies DocumentKind[];
export type InternshipDocumentKind = (typeof INTERNSHIP_DOCUMENT_KINDS)[number];

/** Records the platform issued or both sides signed: never deleted by hand, whatever their owner wants. */
const KEPT_KINDS: DocumentKind[] = ["AGREEMENT", "ATTESTATION", "CERTIFICATE"];

/**
 * Documents the actor may read: logos are public; otherwise the owner, the owner's enterprise for
 * its documents, the parties of an internship for the documents attached to it (the supervisor
 * reviews them) and to its logbook weeks, enterprises that received an application with a student's CV, and system admins.
 * Anything else reads as not found, so ids cannot be probed.
 */
export function readableDocument(actor: Actor | null): Prisma.DocumentWhereInput {
  if (!actor) return { kind: "LOGO", deletedAt: null };
  if (actor.role === "SYSTEM_ADMIN") return { deletedAt: null };
  const rules: Prisma.DocumentWhereInput[] = [{ kind: "LOGO" }, { ownerId: actor.userId }];
  rules.push({ internshipId: { not: null }, internship: internshipScope(actor) });
  rules.push({ activityId: { not: null }, activity: { internship: internshipScope(actor) } });
  if (actor.enterprise) {
    rules.push({ enterpriseId: actor.enterprise.id });
    rules.push({
      kind: "CV",
      applications: { some: { offer: { enterpriseId: actor.enterprise.id }, status: { not: "DRAFT" } } },
    });
  }
  return { deletedAt: null, OR: rules };
}

/**
 * Internship documents the actor reviews: the internship's own supervisor, its university's
 * admins, system admins. The enterprise reads them but does not decide.
 */
export function reviewableDocument(actor: Actor): Prisma.DocumentWhereInput {
  const internship: Prisma.InternshipWhereInput | null =
    actor.role === "SYSTEM_ADMIN"
      ? {}
      : actor.role === "UNIVERSITY_SUPERVISOR"
        ? { supervisorId: actor.university?.staffId ?? "-" }
        : actor.role === "UNIVERSITY_ADMIN"
          ? { universityId: actor.university?.id ?? "-" }
          : null;
  if (!internship) return { id: "-" };
  return { deletedAt: null, internshipId: { not: null }, internship };
}

/**
 * Whether a document may be deleted by hand, and why not: issued and signed records are kept, a
 * validated document stays part of its internship's file, and a document still in use (a CV sent
 * with an application, an agreement's scan, a final report, a certificate) stays while it is used.
 */
export function deletionRefusal(document: {
  kind: DocumentKind;
  status: string;
  used: boolean;
}): "documentKept" | "documentValidatedKept" | "documentInUse" | null {
  if (KEPT_KINDS.includes(document.kind)) return "documentKept";
  if (document.used) return "documentInUse";
  if (document.status === "VALIDATED") return "documentValidatedKept";
  return null;
}

/** The `where` of documents something still points at (the same test the nightly purge makes). */
export const documentInUse: Prisma.DocumentWhereInput = {
  OR: [
    { applications: { some: {} } },
    { cvOf: { isNot: null } },
    { agreement: { isNot: null } },
    { signatureScan: { isNot: null } },
    { finalReportOf: { isNot: null } },
    { certificate: { isNot: null } },
  ],
};
