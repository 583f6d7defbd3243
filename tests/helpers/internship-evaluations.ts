import { db } from "@/lib/core/db";
import type { InternshipStatus } from "@/lib/generated/prisma/enums";
import { actorOf, bearer, memberOf } from "./applications";
import { createUser } from "./users";

// Fixtures of the evaluation and final-report tests: a validated agreement and its internship,
// written straight to the database (the agreements slice's circuit is not what is under test).

/** A university with an admin and a supervisor. */
export async function universityWithStaff() {
  const universityId = (
    await db.university.create({ data: { name: `Université ${Math.random().toString(36).slice(2, 7)}` } })
  ).id;
  const admin = await createUser("UNIVERSITY_ADMIN", { universityId });
  const supervisor = await createUser("UNIVERSITY_SUPERVISOR", { universityId });
  return {
    universityId,
    admin: { user: admin, actor: await actorOf(admin.id), headers: await bearer(admin) },
    supervisor: { user: supervisor, actor: await actorOf(supervisor.id), headers: await bearer(supervisor) },
  };
}

/**
 * An internship under way (unless `status` says otherwise) of a new student at a new enterprise,
 * from a VALIDATED agreement, followed by the university's supervisor. The tutor is a member of
 * the enterprise with an account, or (`tutor: "external"`) only a name and address in the agreement.
 */
export async function internshipWithParties(
  university: Awaited<ReturnType<typeof universityWithStaff>>,
  options: { status?: InternshipStatus; tutor?: "member" | "external"; tasks?: string } = {},
) {
  const student = await createUser("STUDENT", { universityId: university.universityId });
  const studentId = (await db.student.findUniqueOrThrow({ where: { userId: student.id } })).id;
  const enterpriseAdmin = await createUser("ENTERPRISE");
  const { enterpriseId } = await db.enterpriseMember.findFirstOrThrow({ where: { userId: enterpriseAdmin.id } });
  const tutor = options.tutor === "external" ? null : await memberOf(enterpriseId, "TUTOR");
  const offer = await db.offer.create({
    data: {
      enterpriseId,
      title: "Stage data",
      description: "…",
      field: "IT",
      city: "Lyon",
      country: "FR",
      durationWeeks: 24,
    },
  });
  const application = await db.application.create({
    data: { offerId: offer.id, studentId, status: "ACCEPTED" },
  });
  const base = {
    studentId,
    enterpriseId,
    universityId: university.universityId,
    startDate: new Date("2026-03-02"),
    endDate: new Date("2026-08-28"),
  };
  const supervisorId = university.supervisor.actor.university!.staffId;
  const external = { name: "Claire Tutrice", email: `tutrice-${enterpriseId}@example.test` };
  const agreement = await db.agreement.create({
    data: {
      ...base,
      applicationId: application.id,
      status: "VALIDATED",
      validatedAt: new Date(),
      tasks: options.tasks ?? "Construire le tableau de bord des ventes.",
      place: "Lyon",
      supervisorId,
      tutorName: tutor ? tutor.user.name : external.name,
      tutorEmail: tutor ? tutor.user.email : external.email,
    },
  });
  const status = options.status ?? "ACTIVE";
  const internship = await db.internship.create({
    data: {
      ...base,
      agreementId: agreement.id,
      offerId: offer.id,
      supervisorId,
      tutorMemberId: tutor
        ? (await db.enterpriseMember.findUniqueOrThrow({ where: { userId: tutor.user.id } })).id
        : null,
      status,
      startedAt: status === "PLANNED" ? null : new Date(),
    },
  });
  return {
    internshipId: internship.id,
    agreementId: agreement.id,
    enterpriseId,
    student: { user: student, actor: await actorOf(student.id), headers: await bearer(student) },
    enterpriseAdmin: {
      user: enterpriseAdmin,
      actor: await actorOf(enterpriseAdmin.id),
      headers: await bearer(enterpriseAdmin),
    },
    tutor,
    externalTutor: tutor ? null : external,
  };
}

/** A minimal PDF: the bytes file-type recognises as application/pdf. */
export const PDF_BYTES = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
