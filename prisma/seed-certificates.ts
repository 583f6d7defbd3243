// The demo certificates, written after seedDemoData's transaction (they are signed and their PDF
// stored, which a transaction cannot hold): every completed demo internship gets its certificate,
// so that a newcomer can open its verification page (/verify/<serial>) at once.
import { db } from "@/lib/core/db";
import { issueCertificate } from "@/lib/documents/certificates/issue-certificate";

export async function seedDemoCertificates(): Promise<string[]> {
  const completed = await db.internship.findMany({ where: { status: "COMPLETED" }, select: { id: true } });
  const serials: string[] = [];
  for (const { id } of completed) serials.push((await issueCertificate(id, "CERTIFICATE", null)).serial);
  return serials;
}
