import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { fileStorage } from "@/lib/core/storage";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";
import { internshipScope } from "@/lib/internships/policy";

/**
 * Documents the actor may read: logos are public; otherwise the owner, the owner's enterprise for
 * its documents, the parties of an internship for its report, enterprises that received an application with a student's CV, and system admins.
 * Anything else reads as not found, so ids cannot be probed.
 */
function readableBy(actor: Actor | null): Prisma.DocumentWhereInput {
  if (!actor) return { kind: "LOGO" };
  if (actor.role === "SYSTEM_ADMIN") return {};
  const rules: Prisma.DocumentWhereInput[] = [{ kind: "LOGO" }, { ownerId: actor.userId }];
  // An internship's report: its parties (the supervisor reviews it before validating).
  rules.push({ kind: "REPORT", internship: internshipScope(actor) });
  if (actor.enterprise) {
    rules.push({ enterpriseId: actor.enterprise.id });
    rules.push({
      kind: "CV",
      applications: { some: { offer: { enterpriseId: actor.enterprise.id }, status: { not: "DRAFT" } } },
    });
  }
  return { OR: rules };
}

/** The latest version's bytes and metadata, if the actor may read the document. */
export async function downloadDocument(actor: Actor | null, documentId: string) {
  const document = await db.document.findFirst({
    where: { id: documentId, deletedAt: null, ...readableBy(actor) },
    select: { kind: true, versions: { orderBy: { version: "desc" }, take: 1 } },
  });
  const latest = document?.versions[0];
  if (!document || !latest) throw notFound("documentNotFound");
  const bytes = await fileStorage().get(latest.storageKey);
  if (!bytes) throw notFound("documentFileNotFound");
  return {
    bytes,
    kind: document.kind,
    fileName: latest.fileName,
    contentType: latest.contentType,
    sha256: latest.sha256,
  };
}
