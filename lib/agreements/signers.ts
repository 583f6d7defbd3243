import type { Tx } from "@/lib/core/db";
import type { AgreementParty } from "@/lib/generated/prisma/enums";

export type Signer = { userId: string | null; name: string | null; email: string | null };

type AgreementParties = {
  studentId: string;
  enterpriseId: string;
  universityId: string;
  supervisorId: string | null;
  tutorName: string | null;
  tutorEmail: string | null;
  legalRepName: string | null;
  legalRepEmail: string | null;
};

const user = (row: { id: string; name: string; email: string } | null | undefined): Signer | null =>
  row ? { userId: row.id, name: row.name, email: row.email } : null;

/**
 * Who signs for a party of this agreement: the student's account; the enterprise's first admin;
 * the tutor by the e-mail written in the agreement (their account if they have one, else a name
 * and address, who signs with an e-mailed code); the academic supervisor; the university's first
 * admin (any of its admins may validate); the legal representative by name and address.
 * Null when the agreement does not name that party yet.
 */
export async function resolveSigner(
  tx: Tx,
  agreement: AgreementParties,
  party: AgreementParty,
): Promise<Signer | null> {
  const pick = { id: true, name: true, email: true } as const;
  switch (party) {
    case "STUDENT":
      return user(
        (await tx.student.findUnique({ where: { id: agreement.studentId }, select: { user: { select: pick } } }))?.user,
      );
    case "ENTERPRISE_SIGNATORY":
      return user(
        (
          await tx.enterpriseMember.findFirst({
            where: { enterpriseId: agreement.enterpriseId, role: "ADMIN", user: { disabledAt: null } },
            orderBy: { createdAt: "asc" },
            select: { user: { select: pick } },
          })
        )?.user,
      );
    case "TUTOR": {
      if (!agreement.tutorEmail) return null;
      const account = await tx.user.findFirst({
        where: { email: agreement.tutorEmail, disabledAt: null },
        select: pick,
      });
      return account ? user(account) : { userId: null, name: agreement.tutorName, email: agreement.tutorEmail };
    }
    case "ACADEMIC_SUPERVISOR":
      if (!agreement.supervisorId) return null;
      return user(
        (
          await tx.universityStaff.findUnique({
            where: { id: agreement.supervisorId },
            select: { user: { select: pick } },
          })
        )?.user,
      );
    case "UNIVERSITY_VALIDATOR":
      return user(
        (
          await tx.universityStaff.findFirst({
            where: { universityId: agreement.universityId, user: { role: "UNIVERSITY_ADMIN", disabledAt: null } },
            orderBy: { id: "asc" },
            select: { user: { select: pick } },
          })
        )?.user,
      );
    case "LEGAL_REPRESENTATIVE":
      if (!agreement.legalRepEmail) return null;
      return { userId: null, name: agreement.legalRepName, email: agreement.legalRepEmail };
  }
}
