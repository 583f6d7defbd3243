import { db } from "@/lib/core/db";
import { issueCertificate } from "./issue-certificate";

/** The workflow's step on internship.completed: the certificate, once, if the internship is still completed. */
export async function certificateOnCompletion(internshipId: string): Promise<{ serial: string | null }> {
  const internship = await db.internship.findUnique({ where: { id: internshipId }, select: { status: true } });
  if (internship?.status !== "COMPLETED") return { serial: null };
  const issued = await issueCertificate(internshipId, "CERTIFICATE", null);
  return { serial: issued.serial };
}
