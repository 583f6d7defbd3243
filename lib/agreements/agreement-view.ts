import { fromMinorUnits } from "@/lib/core/money";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";
import { stipendShortfall } from "./minimum-stipend";
import { signsStep } from "./policy";

export const agreementSelect = {
  id: true,
  status: true,
  applicationId: true,
  studentId: true,
  enterpriseId: true,
  universityId: true,
  startDate: true,
  endDate: true,
  weeklyHours: true,
  stipendAmountMinor: true,
  stipendCurrency: true,
  place: true,
  tasks: true,
  tutorName: true,
  tutorEmail: true,
  legalRepName: true,
  legalRepEmail: true,
  supervisorId: true,
  insurance: true,
  contentSha256: true,
  language: true,
  submittedAt: true,
  validatedAt: true,
  updatedAt: true,
  student: { select: { user: { select: { name: true, email: true } } } },
  enterprise: { select: { name: true } },
  university: { select: { name: true, country: true } },
  supervisor: { select: { user: { select: { name: true, email: true } } } },
  application: { select: { offer: { select: { id: true, title: true } } } },
  internship: { select: { id: true, status: true } },
  steps: {
    orderBy: { order: "asc" },
    select: {
      id: true,
      order: true,
      party: true,
      signerUserId: true,
      signerName: true,
      signerEmail: true,
      status: true,
      deadline: true,
      askedAt: true,
      lastRemindedAt: true,
      signedAt: true,
      method: true,
      documentSha256: true,
      refusalReason: true,
    },
  },
} satisfies Prisma.AgreementSelect;

export type AgreementRow = Prisma.AgreementGetPayload<{ select: typeof agreementSelect }>;

/** The step whose turn it is: the first not signed, while the agreement is being signed. */
export const currentStep = <S extends { status: string }>(agreement: { status: string; steps: S[] }) =>
  agreement.status === "SIGNING" ? (agreement.steps.find((s) => s.status !== "SIGNED") ?? null) : null;

/** What the API and the pages show of an agreement, with what the caller may do with it. */
export function toAgreementView(row: AgreementRow, actor: Actor | null, canEdit: boolean) {
  const turn = currentStep(row);
  const shortfall = stipendShortfall({ ...row, country: row.university.country });
  return {
    id: row.id,
    status: row.status,
    applicationId: row.applicationId,
    offer: row.application.offer,
    student: { id: row.studentId, ...row.student.user },
    enterprise: { id: row.enterpriseId, name: row.enterprise.name },
    university: { id: row.universityId, name: row.university.name, country: row.university.country },
    startDate: row.startDate,
    endDate: row.endDate,
    weeklyHours: row.weeklyHours,
    stipendAmount: fromMinorUnits(row.stipendAmountMinor, row.stipendCurrency),
    stipendCurrency: row.stipendCurrency,
    place: row.place,
    tasks: row.tasks,
    tutorName: row.tutorName,
    tutorEmail: row.tutorEmail,
    legalRepName: row.legalRepName,
    legalRepEmail: row.legalRepEmail,
    supervisorId: row.supervisorId,
    supervisor: row.supervisor?.user ?? null,
    insurance: row.insurance,
    contentSha256: row.contentSha256,
    language: row.language,
    submittedAt: row.submittedAt,
    validatedAt: row.validatedAt,
    internship: row.internship,
    /** The French minimum-stipend rule, when the agreement falls short of it: submission is refused. */
    stipendWarning: shortfall && {
      minimumMonthly: fromMinorUnits(shortfall.minimumMonthlyMinor, "EUR"),
      hourly: fromMinorUnits(shortfall.hourlyMinor, "EUR"),
      weeks: shortfall.weeks,
    },
    waitingFor: turn ? { party: turn.party, since: turn.askedAt, lastRemindedAt: turn.lastRemindedAt } : null,
    steps: row.steps.map((step) => ({
      order: step.order,
      party: step.party,
      signer: { name: step.signerName, email: step.signerEmail },
      status: step.status,
      deadline: step.deadline,
      lastRemindedAt: step.lastRemindedAt,
      signedAt: step.signedAt,
      method: step.method,
      documentSha256: step.documentSha256,
      refusalReason: step.refusalReason,
    })),
    canEdit: canEdit && (row.status === "DRAFT" || row.status === "SIGNING"),
    yourTurn: Boolean(actor && turn && signsStep(actor, turn, row)),
    /** How the caller signs at their turn: their password, or (outside signers) the e-mailed code. */
    signWith: actor && turn && signsStep(actor, turn, row) ? "password" : null,
  };
}

export type AgreementView = ReturnType<typeof toAgreementView>;
