import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { loadActor, type Actor } from "@/lib/identity/actor";
import { createUser } from "@/tests/helpers/users";
import { listStudentApplications } from "./list-student-applications";
import { applicationScope } from "./policy";

const actorOf = async (userId: string) => (await loadActor(userId))!;

// Student A (university A) sent one application to each enterprise and keeps a draft to enterprise one;
// student B (university B) applied to enterprise one. Supervisor A follows student A's internship.
let ids: Record<"sentOne" | "sentTwo" | "draftOne" | "fromB", string>;
let actors: Record<
  "student" | "studentB" | "enterprise" | "enterpriseTwo" | "adminA" | "supervisorA" | "supervisorIdle" | "sysAdmin",
  Actor
>;
let studentA: string;

beforeAll(async () => {
  const uniA = (await db.university.create({ data: { name: "Université A" } })).id;
  const uniB = (await db.university.create({ data: { name: "Université B" } })).id;
  const users = {
    student: await createUser("STUDENT", { universityId: uniA }),
    studentB: await createUser("STUDENT", { universityId: uniB }),
    enterprise: await createUser("ENTERPRISE"),
    enterpriseTwo: await createUser("ENTERPRISE"),
    adminA: await createUser("UNIVERSITY_ADMIN", { universityId: uniA }),
    supervisorA: await createUser("UNIVERSITY_SUPERVISOR", { universityId: uniA }),
    supervisorIdle: await createUser("UNIVERSITY_SUPERVISOR", { universityId: uniA }),
    sysAdmin: await createUser("SYSTEM_ADMIN"),
  };
  actors = Object.fromEntries(
    await Promise.all(Object.entries(users).map(async ([key, user]) => [key, await actorOf(user.id)] as const)),
  ) as typeof actors;
  studentA = actors.student.studentId!;
  const offer = async (enterpriseId: string, title: string) =>
    (
      await db.offer.create({
        data: {
          enterpriseId,
          title,
          description: "…",
          field: "IT",
          city: "Lyon",
          country: "FR",
          durationWeeks: 24,
          status: "PUBLISHED",
        },
      })
    ).id;
  const offerOne = await offer(actors.enterprise.enterprise!.id, "Stage un");
  const offerOneBis = await offer(actors.enterprise.enterprise!.id, "Stage un bis");
  const offerTwo = await offer(actors.enterpriseTwo.enterprise!.id, "Stage deux");
  const apply = async (offerId: string, studentId: string, status: ApplicationStatus) =>
    (await db.application.create({ data: { offerId, studentId, status } })).id;
  ids = {
    sentOne: await apply(offerOne, studentA, "ACCEPTED"),
    sentTwo: await apply(offerTwo, studentA, "SUBMITTED"),
    draftOne: await apply(offerOneBis, studentA, "DRAFT"),
    fromB: await apply(offerOne, actors.studentB.studentId!, "SUBMITTED"),
  };
  const base = {
    studentId: studentA,
    enterpriseId: actors.enterprise.enterprise!.id,
    universityId: uniA,
    startDate: new Date("2026-03-02"),
    endDate: new Date("2026-08-28"),
  };
  const agreement = await db.agreement.create({ data: { ...base, applicationId: ids.sentOne, status: "VALIDATED" } });
  await db.internship.create({
    data: {
      ...base,
      agreementId: agreement.id,
      offerId: offerOne,
      supervisorId: actors.supervisorA.university!.staffId,
    },
  });
});

describe("applicationScope on real applications", () => {
  const seenBy = async (actor: Actor) =>
    (
      await db.application.findMany({
        where: { AND: [{ id: { in: Object.values(ids) } }, applicationScope(actor)] },
        select: { id: true },
      })
    )
      .map((a) => a.id)
      .sort();

  it.each([
    ["student", ["sentOne", "sentTwo", "draftOne"]],
    ["studentB", ["fromB"]],
    ["enterprise", ["sentOne", "fromB"]],
    ["enterpriseTwo", ["sentTwo"]],
    ["adminA", ["sentOne", "sentTwo", "draftOne"]],
    ["supervisorA", ["sentOne", "sentTwo", "draftOne"]],
    ["supervisorIdle", []],
    ["sysAdmin", ["sentOne", "sentTwo", "draftOne", "fromB"]],
  ] as const)("shows %s only its own: %j", async (who, expected) => {
    expect(await seenBy(actors[who])).toEqual(expected.map((key) => ids[key]).sort());
  });
});

describe("listStudentApplications", () => {
  it("lists the student's applications to the student and their university", async () => {
    for (const who of ["student", "adminA"] as const) {
      const page = await listStudentApplications(actors[who], studentA);
      expect(page.items.map((a) => a.id).sort()).toEqual([ids.sentOne, ids.sentTwo, ids.draftOne].sort());
    }
  });

  it("reads another student as unknown, and is refused to enterprises", async () => {
    await expect(listStudentApplications(actors.studentB, studentA)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listStudentApplications(actors.supervisorIdle, studentA)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listStudentApplications(actors.enterprise, studentA)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
