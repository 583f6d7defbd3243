import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { isPlausibleId } from "@/lib/core/input-safety";
import type { DocumentKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { internshipScope } from "@/lib/internships/policy";
import { documentView, documentViewSelect } from "./document-view";
import { reviewableDocument } from "./policy";

/**
 * The documents of an internship, for its parties: each with its review and its version history
 * (signed download links included), newest first; `kinds` narrows the list (the page's section).
 * Whether the caller may add documents (the student, while it runs) comes along.
 */
export async function listInternshipDocuments(actor: Actor | null, internshipId: string, kinds?: DocumentKind[]) {
  const me = requireActor(actor);
  if (!isPlausibleId(internshipId)) throw notFound("internshipNotFound");
  const internship = await db.internship.findFirst({
    where: { AND: [{ id: internshipId }, internshipScope(me)] },
    select: { id: true, status: true, studentId: true },
  });
  if (!internship) throw notFound("internshipNotFound");
  const where = { internshipId: internship.id, deletedAt: null, ...(kinds && { kind: { in: kinds } }) };
  const [rows, reviewable] = await Promise.all([
    db.document.findMany({ where, orderBy: { createdAt: "desc" }, select: documentViewSelect }),
    db.document.findMany({ where: { AND: [where, reviewableDocument(me)] }, select: { id: true } }),
  ]);
  const reviewer = new Set(reviewable.map((d) => d.id));
  return {
    internshipId: internship.id,
    canUpload:
      me.role === "STUDENT" &&
      internship.studentId === me.studentId &&
      (internship.status === "PLANNED" || internship.status === "ACTIVE"),
    items: rows.map((row) => documentView(me, row, reviewer.has(row.id))),
  };
}
