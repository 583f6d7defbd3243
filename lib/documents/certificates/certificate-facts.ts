import type { Tx } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CertificateKind, Locale } from "@/lib/generated/prisma/enums";

/** What an attestation or a certificate states, read once from the internship. */
export type CertificateFacts = {
  kind: CertificateKind;
  locale: Locale;
  holder: { name: string; userId: string };
  university: { name: string };
  enterprise: { name: string };
  place: string | null;
  title: string | null;
  startDate: Date;
  endDate: Date;
  completedAt: Date | null;
  weeklyHours: number | null;
  /** Hours written in the logbook (the certificate's "hours"). */
  hours: number;
  tasks: string | null;
  /** The final evaluation's overall score (percent) and comment, the tutor's first. */
  evaluation: { overall: number | null; comment: string | null } | null;
};

const internshipFactsSelect = {
  id: true,
  status: true,
  startDate: true,
  endDate: true,
  completedAt: true,
  student: { select: { user: { select: { id: true, name: true, locale: true } } } },
  university: { select: { name: true } },
  enterprise: { select: { name: true } },
  offer: { select: { title: true } },
  agreement: { select: { weeklyHours: true, tasks: true, place: true } },
  evaluations: {
    where: { formKind: { in: ["TUTOR_FINAL", "SUPERVISOR"] } },
    orderBy: { formKind: "asc" },
    select: { formKind: true, overall: true, comment: true },
  },
} satisfies Prisma.InternshipSelect;

export async function certificateFacts(tx: Tx, internshipId: string, kind: CertificateKind): Promise<CertificateFacts> {
  const row = await tx.internship.findUniqueOrThrow({ where: { id: internshipId }, select: internshipFactsSelect });
  const hours = await tx.activityLog.aggregate({ where: { internshipId }, _sum: { hours: true } });
  const evaluation = row.evaluations.find((e) => e.formKind === "TUTOR_FINAL") ?? row.evaluations[0] ?? null;
  return {
    kind,
    locale: row.student.user.locale,
    holder: { name: row.student.user.name, userId: row.student.user.id },
    university: row.university,
    enterprise: row.enterprise,
    place: row.agreement.place ?? null,
    title: row.offer?.title ?? null,
    startDate: row.startDate,
    endDate: row.endDate,
    completedAt: row.completedAt,
    weeklyHours: row.agreement.weeklyHours ?? null,
    hours: Number(hours._sum.hours ?? 0),
    tasks: row.agreement.tasks ?? null,
    evaluation: evaluation ? { overall: evaluation.overall, comment: evaluation.comment } : null,
  };
}
