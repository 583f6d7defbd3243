import { db } from "@/lib/core/db";
import { issueCertificate } from "@/lib/documents/certificates/issue-certificate";
import { activeInternshipOf } from "./internship-rows";
import type { SideRows } from "./world";

// Certificate rows for the matrices: a fresh completed internship of the side (a certificate may be
// generated for it), and one with its certificate issued, valid or revoked.

export async function completedInternshipOf(side: SideRows) {
  const id = await activeInternshipOf(side);
  await db.internship.update({ where: { id }, data: { status: "COMPLETED", completedAt: new Date() } });
  return id;
}

export async function certificateOf(side: SideRows, revoked = false) {
  const internshipId = await completedInternshipOf(side);
  const { serial } = await issueCertificate(internshipId, "CERTIFICATE", null);
  if (revoked) {
    await db.certificate.update({ where: { serial }, data: { revokedAt: new Date(), revocationReason: "Test" } });
  }
  return { id: internshipId, serial };
}

/** A program of the university (one per university, made on first use). */
export async function programOf(universityId: string) {
  const found = await db.program.findFirst({ where: { department: { universityId } }, select: { id: true } });
  if (found) return found.id;
  const department = await db.department.create({ data: { universityId, name: "Informatique" } });
  return (await db.program.create({ data: { departmentId: department.id, name: "Master informatique" } })).id;
}
