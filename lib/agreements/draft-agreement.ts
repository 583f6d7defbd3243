import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict, forbidden, notFound } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { copyCircuit } from "./agreement-steps";
import { agreementSelect, toAgreementView, type AgreementView } from "./agreement-view";
import { draftAgreementSchema } from "./schemas";

const DAY_MS = 86_400_000;
const utcToday = () => new Date(new Date().toISOString().slice(0, 10));

/** An offer's stipend as a monthly amount (the agreement's unit), in the offer's minor units. */
function monthlyStipend(offer: { stipendAmountMinor: number | null; stipendPeriod: string; durationWeeks: number }) {
  if (offer.stipendAmountMinor === null) return null;
  if (offer.stipendPeriod === "WEEK") return Math.round((offer.stipendAmountMinor * 52) / 12);
  if (offer.stipendPeriod === "TOTAL") {
    return Math.round((offer.stipendAmountMinor * 52) / (12 * Math.max(1, offer.durationWeeks)));
  }
  return offer.stipendAmountMinor;
}

/**
 * Drafts the agreement of an accepted application (one per application), for the student or one
 * of their university's admins, pre-filled from the offer (dates, place, tasks, stipend), the
 * enterprise (its tutor, if it has one), the university (a supervisor of the student's department)
 * and the circuit that applies.
 */
export async function draftAgreement(
  actor: Actor | null,
  universityId: string,
  input: unknown,
): Promise<AgreementView> {
  const me = requireActor(actor);
  if (me.role !== "STUDENT" && me.role !== "UNIVERSITY_ADMIN" && me.role !== "SYSTEM_ADMIN") throw forbidden();
  const { applicationId } = await validate(draftAgreementSchema, input);
  const id = await db.$transaction(async (tx) => {
    const application = await tx.application.findFirst({
      where: {
        id: applicationId,
        student: {
          universityId,
          ...(me.role === "STUDENT" && { id: me.studentId ?? "-" }),
          ...(me.role === "UNIVERSITY_ADMIN" && { universityId: me.university?.id ?? "-" }),
        },
      },
      select: {
        id: true,
        status: true,
        studentId: true,
        agreement: { select: { id: true } },
        student: { select: { program: { select: { departmentId: true } }, user: { select: { locale: true } } } },
        offer: {
          select: {
            enterpriseId: true,
            startFrom: true,
            durationWeeks: true,
            city: true,
            country: true,
            missions: true,
            description: true,
            stipendAmountMinor: true,
            stipendCurrency: true,
            stipendPeriod: true,
          },
        },
      },
    });
    if (!application) throw notFound("applicationNotFound");
    if (application.status !== "ACCEPTED") throw conflict("agreementNeedsAcceptedApplication");
    if (application.agreement) {
      throw conflict({ key: "agreementExists", values: { id: application.agreement.id } });
    }
    const { offer } = application;
    const startDate =
      offer.startFrom && offer.startFrom > utcToday() ? offer.startFrom : new Date(utcToday().getTime() + 14 * DAY_MS);
    const endDate = new Date(startDate.getTime() + (offer.durationWeeks * 7 - 1) * DAY_MS);
    const tutor = await tx.enterpriseMember.findFirst({
      where: { enterpriseId: offer.enterpriseId, role: "TUTOR" },
      orderBy: { createdAt: "asc" },
      select: { user: { select: { name: true, email: true } } },
    });
    const departmentId = application.student.program?.departmentId ?? null;
    // A supervisor of the student's own department first, else any of the university's.
    const supervisorWhere = { universityId, user: { role: "UNIVERSITY_SUPERVISOR" as const, disabledAt: null } };
    const supervisor =
      (departmentId &&
        (await tx.universityStaff.findFirst({ where: { ...supervisorWhere, departmentId }, select: { id: true } }))) ||
      (await tx.universityStaff.findFirst({ where: supervisorWhere, orderBy: { id: "asc" }, select: { id: true } }));
    const created = await tx.agreement.create({
      data: {
        applicationId: application.id,
        studentId: application.studentId,
        enterpriseId: offer.enterpriseId,
        universityId,
        startDate,
        endDate,
        weeklyHours: 35,
        stipendAmountMinor: monthlyStipend(offer),
        stipendCurrency: offer.stipendCurrency,
        place: [offer.city, offer.country].filter(Boolean).join(", "),
        tasks: offer.missions ?? offer.description,
        tutorName: tutor?.user.name ?? null,
        tutorEmail: tutor?.user.email ?? null,
        supervisorId: supervisor?.id ?? null,
        // The student's language until the parties choose (e-mails to outside signers follow it).
        language: application.student.user.locale,
      },
      select: { id: true },
    });
    await copyCircuit(tx, created.id, false);
    await recordAudit(tx, {
      actorId: me.userId,
      action: "agreement.drafted",
      entity: "Agreement",
      entityId: created.id,
      after: { applicationId },
    });
    return created.id;
  });
  const row = await db.agreement.findUniqueOrThrow({ where: { id }, select: agreementSelect });
  return toAgreementView(row, me, true);
}
