import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { scopedInternship } from "./evaluation-internship";

/** The internship's final report(s) for its parties: status, review, latest version and where to download it. */
export async function listInternshipReports(actor: Actor | null, internshipId: string) {
  const me = requireActor(actor);
  const internship = await scopedInternship(me, internshipId);
  const documents = await db.document.findMany({
    where: { internshipId: internship.id, kind: "REPORT", deletedAt: null },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      status: true,
      validatedAt: true,
      rejectionReason: true,
      validatedBy: { select: { name: true } },
      versions: {
        orderBy: { version: "desc" },
        take: 1,
        select: { version: true, fileName: true, size: true, createdAt: true },
      },
    },
  });
  return {
    finalReportId: internship.finalReportId,
    items: documents.map(({ versions, validatedBy, ...document }) => ({
      ...document,
      reviewedBy: validatedBy?.name ?? null,
      latestVersion: versions[0] ?? null,
      downloadUrl: `/api/v1/documents/${document.id}/download`,
    })),
  };
}
