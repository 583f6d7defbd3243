import { db } from "@/lib/core/db";
import type { InternshipStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/identity/actor";
import { actorOf, bearer, memberOf, offerOf } from "./applications";
import { createUser } from "./users";

// Internships put straight into the database: a validated agreement (its circuit signed) and its
// internship, with each party as a user. A starting point for the follow-up tests, not a journey.

const DAY_MS = 86_400_000;
/** A UTC-midnight day `days` from today. */
export const dayFromToday = (days: number) =>
  new Date(new Date().toISOString().slice(0, 10) + "T00:00:00.000Z").getTime() + days * DAY_MS;
export const utcDay = (days: number) => new Date(dayFromToday(days));

type Party = { user: { id: string; role: string }; actor: Actor; headers: { authorization: string } };

async function party(user: { id: string; role: string }): Promise<Party> {
  return { user, actor: await actorOf(user.id), headers: await bearer(user) };
}

/** A university with its admin, and an enterprise (verified) with its admin. */
export async function internshipSides() {
  const universityId = (
    await db.university.create({ data: { name: `Université ${Math.random().toString(36).slice(2, 7)}` } })
  ).id;
  const universityAdmin = await party(await createUser("UNIVERSITY_ADMIN", { universityId }));
  const enterpriseUser = await createUser("ENTERPRISE");
  const { enterpriseId } = await db.enterpriseMember.findFirstOrThrow({ where: { userId: enterpriseUser.id } });
  await db.enterprise.update({ where: { id: enterpriseId }, data: { verificationStatus: "VERIFIED" } });
  return { universityId, universityAdmin, enterpriseId, enterpriseAdmin: await party(enterpriseUser) };
}

/**
 * A validated agreement and its internship between a new student of the university and the
 * enterprise, tutored by a new TUTOR member and followed by a new supervisor (unless given).
 */
export async function createInternship(
  sides: { universityId: string; enterpriseId: string },
  options: {
    status?: InternshipStatus;
    startDate?: Date;
    endDate?: Date;
    weeklyHours?: number;
    supervisor?: Party;
    tutor?: Party;
    student?: Party;
  } = {},
) {
  const student = options.student ?? (await party(await createUser("STUDENT", { universityId: sides.universityId })));
  const studentId = student.actor.studentId!;
  await db.user.update({ where: { id: student.user.id }, data: { name: `Camille ${student.user.id.slice(-4)}` } });
  const supervisor =
    options.supervisor ??
    (await party(await createUser("UNIVERSITY_SUPERVISOR", { universityId: sides.universityId })));
  const tutor = options.tutor ?? (await memberOf(sides.enterpriseId, "TUTOR"));
  const tutorMember = await db.enterpriseMember.findUniqueOrThrow({ where: { userId: tutor.user.id } });
  const tutorUser = await db.user.findUniqueOrThrow({ where: { id: tutor.user.id } });
  const offerId = await offerOf(sides.enterpriseId);
  const application = await db.application.create({
    data: { offerId, studentId, status: "ACCEPTED", submittedAt: new Date() },
  });
  const status = options.status ?? "ACTIVE";
  const startDate = options.startDate ?? utcDay(-30);
  const endDate = options.endDate ?? utcDay(120);
  const base = { studentId, enterpriseId: sides.enterpriseId, universityId: sides.universityId, startDate, endDate };
  const now = new Date();
  const agreement = await db.agreement.create({
    data: {
      ...base,
      applicationId: application.id,
      status: "VALIDATED",
      weeklyHours: options.weeklyHours ?? 35,
      supervisorId: supervisor.actor.university!.staffId,
      tutorName: tutorUser.name,
      tutorEmail: tutorUser.email,
      submittedAt: now,
      validatedAt: now,
      steps: {
        create: (["STUDENT", "ENTERPRISE_SIGNATORY", "UNIVERSITY_VALIDATOR"] as const).map((p, i) => ({
          order: i + 1,
          party: p,
          status: "SIGNED" as const,
          signedAt: now,
          method: "PASSWORD" as const,
        })),
      },
    },
  });
  const internship = await db.internship.create({
    data: {
      ...base,
      agreementId: agreement.id,
      offerId,
      supervisorId: supervisor.actor.university!.staffId,
      tutorMemberId: tutorMember.id,
      status,
      startedAt: status === "PLANNED" ? null : now,
      completedAt: status === "COMPLETED" ? now : null,
    },
  });
  return { internshipId: internship.id, agreementId: agreement.id, student, supervisor, tutor, startDate, endDate };
}
