import { db } from "@/lib/core/db";
import { storeDocument } from "@/lib/documents/store-document";
import { acceptedApplicationOf, PDF, type SideRows } from "./world";

// Internship rows for the matrices: the side's own internship (planned, from the world), and
// fresh ones under way, since an allowed write (an issue raised, an early end) changes them.

const DAY_MS = 86_400_000;
const today = () => new Date(new Date().toISOString().slice(0, 10) + "T00:00:00.000Z");
export const daysFromToday = (days: number) => new Date(today().getTime() + days * DAY_MS);
/** The Monday of last week, a logbook week of every fresh internship. */
export const lastMonday = () => {
  const d = daysFromToday(-7);
  return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY_MS);
};

/** The side's internship of the world: its student at its enterprise, with its supervisor and tutor. */
export async function internshipOf(side: SideRows) {
  return db.internship.findFirstOrThrow({
    where: { studentId: side.studentId, enterpriseId: side.enterpriseId },
    orderBy: { createdAt: "asc" },
  });
}

/** A fresh internship under way (for two weeks) between the side's student and enterprise, same supervisor and tutor. */
export async function activeInternshipOf(side: SideRows) {
  const model = await internshipOf(side);
  const applicationId = await acceptedApplicationOf(side.studentId, side.enterpriseId);
  const base = {
    studentId: side.studentId,
    enterpriseId: side.enterpriseId,
    universityId: side.universityId,
    startDate: daysFromToday(-14),
    endDate: daysFromToday(150),
  };
  const agreement = await db.agreement.create({
    data: { ...base, applicationId, status: "VALIDATED", supervisorId: model.supervisorId, validatedAt: new Date() },
  });
  const internship = await db.internship.create({
    data: {
      ...base,
      agreementId: agreement.id,
      supervisorId: model.supervisorId,
      tutorMemberId: model.tutorMemberId,
      status: "ACTIVE",
      startedAt: new Date(),
    },
  });
  return internship.id;
}

/** A fresh internship under way with a logbook week written. */
export async function activityOf(side: SideRows) {
  const id = await activeInternshipOf(side);
  const week = await db.activityLog.create({ data: { internshipId: id, weekStart: lastMonday(), summary: "Semaine" } });
  return { id, weekId: week.id };
}

/** A fresh internship under way with an open issue. */
export async function openIssueOf(side: SideRows) {
  const id = await activeInternshipOf(side);
  const issue = await db.internshipIssue.create({
    data: { internshipId: id, category: "WORKLOAD", severity: 2, title: "Charge", description: "Trop d'heures." },
  });
  return { id, issueId: issue.id };
}

/** A fresh internship under way whose student uploaded a final report, pending the supervisor's review. */
export async function pendingReportOf(side: SideRows) {
  const id = await activeInternshipOf(side);
  const { documentId } = await storeDocument(
    { ownerId: side.studentUserId, kind: "REPORT", title: "Rapport de stage", internshipId: id },
    { bytes: PDF, fileName: "rapport.pdf" },
  );
  return { id, documentId };
}

/** A fresh internship under way with a pending insurance certificate of its student's. */
export async function pendingInternshipDocumentOf(side: SideRows) {
  const id = await activeInternshipOf(side);
  const { documentId } = await storeDocument(
    { ownerId: side.studentUserId, kind: "INSURANCE_CERTIFICATE", title: "Attestation d'assurance", internshipId: id },
    { bytes: PDF, fileName: "assurance.pdf" },
  );
  return { id: documentId, internshipId: id };
}

/** A fresh internship under way whose supervisor offered two dates for a visit, a week and two ahead. */
export async function proposedVisitOf(side: SideRows) {
  const id = await activeInternshipOf(side);
  const { supervisorId } = await db.internship.findUniqueOrThrow({ where: { id }, select: { supervisorId: true } });
  const at = (days: number) => new Date(daysFromToday(days).getTime() + 9 * 3_600_000);
  const visit = await db.supervisorVisit.create({
    data: {
      internshipId: id,
      supervisorId: supervisorId!,
      location: "Sur place",
      slots: {
        create: [7, 14].map((d) => ({ startsAt: at(d), endsAt: new Date(at(d).getTime() + 3_600_000) })),
      },
    },
    select: { id: true, slots: { select: { id: true }, orderBy: { startsAt: "asc" } } },
  });
  return { id, visitId: visit.id, slotId: visit.slots[0]!.id };
}

/** A fresh internship under way with a visit scheduled yesterday (ready to be reported). */
export async function scheduledVisitOf(side: SideRows) {
  const id = await activeInternshipOf(side);
  const { supervisorId } = await db.internship.findUniqueOrThrow({ where: { id }, select: { supervisorId: true } });
  const plannedAt = new Date(daysFromToday(-1).getTime() + 9 * 3_600_000);
  const visit = await db.supervisorVisit.create({
    data: {
      internshipId: id,
      supervisorId: supervisorId!,
      status: "SCHEDULED",
      plannedAt,
      endsAt: new Date(plannedAt.getTime() + 3_600_000),
      location: "Sur place",
      sequence: 1,
    },
  });
  return { id, visitId: visit.id };
}

/** A fresh internship under way with a visit scheduled in three weeks (it may be moved or cancelled). */
export async function upcomingVisitOf(side: SideRows) {
  const id = await activeInternshipOf(side);
  const { supervisorId } = await db.internship.findUniqueOrThrow({ where: { id }, select: { supervisorId: true } });
  const plannedAt = new Date(daysFromToday(21).getTime() + 9 * 3_600_000);
  const visit = await db.supervisorVisit.create({
    data: {
      internshipId: id,
      supervisorId: supervisorId!,
      status: "SCHEDULED",
      plannedAt,
      endsAt: new Date(plannedAt.getTime() + 3_600_000),
      location: "Sur place",
      sequence: 1,
    },
  });
  return { id, visitId: visit.id };
}

/** A fresh internship of the side's university and the side's supervisor, to assign in bulk. */
export async function assignmentOf(side: SideRows) {
  const id = await activeInternshipOf(side);
  const { supervisorId } = await db.internship.findUniqueOrThrow({ where: { id }, select: { supervisorId: true } });
  await db.internship.update({ where: { id }, data: { supervisorId: null } });
  return { id, internshipId: id, supervisorId: supervisorId! };
}
