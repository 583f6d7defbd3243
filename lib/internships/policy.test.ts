import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { loadActor, type Actor } from "@/lib/identity/actor";
import { createUser } from "@/tests/helpers/users";
import { listEnterpriseInterns } from "./list-enterprise-interns";
import { listStudentInternships } from "./list-student-internships";
import { internshipScope } from "./policy";

const actorOf = async (userId: string) => (await loadActor(userId))!;

// Two enterprises, two universities; three internships with their own supervisors:
// "one" (enterprise one, university A), "two" (enterprise two, same student), "b" (enterprise one, university B).
let ids: Record<"one" | "two" | "b", string>;
let actors: Record<
  "student" | "studentB" | "enterprise" | "enterpriseTwo" | "adminA" | "supervisorOne" | "supervisorTwo" | "sysAdmin",
  Actor
>;
let enterpriseOne: string;
let studentA: string;

async function internship(studentId: string, enterpriseId: string, universityId: string, supervisorId: string) {
  const offer = await db.offer.create({
    data: {
      enterpriseId,
      title: "Stage",
      description: "…",
      field: "IT",
      city: "Lyon",
      country: "FR",
      durationWeeks: 24,
    },
  });
  const application = await db.application.create({ data: { offerId: offer.id, studentId, status: "ACCEPTED" } });
  const base = {
    studentId,
    enterpriseId,
    universityId,
    startDate: new Date("2026-03-02"),
    endDate: new Date("2026-08-28"),
  };
  const agreement = await db.agreement.create({
    data: { ...base, applicationId: application.id, status: "VALIDATED" },
  });
  return (await db.internship.create({ data: { ...base, agreementId: agreement.id, offerId: offer.id, supervisorId } }))
    .id;
}

beforeAll(async () => {
  const uniA = (await db.university.create({ data: { name: "Université A" } })).id;
  const uniB = (await db.university.create({ data: { name: "Université B" } })).id;
  const users = {
    student: await createUser("STUDENT", { universityId: uniA }),
    studentB: await createUser("STUDENT", { universityId: uniB }),
    enterprise: await createUser("ENTERPRISE"),
    enterpriseTwo: await createUser("ENTERPRISE"),
    adminA: await createUser("UNIVERSITY_ADMIN", { universityId: uniA }),
    supervisorOne: await createUser("UNIVERSITY_SUPERVISOR", { universityId: uniA }),
    supervisorTwo: await createUser("UNIVERSITY_SUPERVISOR", { universityId: uniA }),
    sysAdmin: await createUser("SYSTEM_ADMIN"),
  };
  actors = Object.fromEntries(
    await Promise.all(Object.entries(users).map(async ([key, user]) => [key, await actorOf(user.id)] as const)),
  ) as typeof actors;
  enterpriseOne = actors.enterprise.enterprise!.id;
  const enterpriseTwo = actors.enterpriseTwo.enterprise!.id;
  studentA = actors.student.studentId!;
  ids = {
    one: await internship(studentA, enterpriseOne, uniA, actors.supervisorOne.university!.staffId),
    two: await internship(studentA, enterpriseTwo, uniA, actors.supervisorTwo.university!.staffId),
    b: await internship(actors.studentB.studentId!, enterpriseOne, uniB, actors.supervisorOne.university!.staffId),
  };
});

describe("internshipScope on real internships", () => {
  const seenBy = async (actor: Actor) =>
    (
      await db.internship.findMany({
        where: { AND: [{ id: { in: Object.values(ids) } }, internshipScope(actor)] },
        select: { id: true },
      })
    )
      .map((i) => i.id)
      .sort();

  it.each([
    ["student", ["one", "two"]],
    ["studentB", ["b"]],
    ["enterprise", ["one", "b"]],
    ["enterpriseTwo", ["two"]],
    ["adminA", ["one", "two"]],
    ["supervisorOne", ["one", "b"]],
    ["supervisorTwo", ["two"]],
    ["sysAdmin", ["one", "two", "b"]],
  ] as const)("shows %s only its own: %j", async (who, expected) => {
    expect(await seenBy(actors[who])).toEqual(expected.map((key) => ids[key]).sort());
  });
});

describe("listEnterpriseInterns", () => {
  const listed = async (actor: Actor, enterpriseId: string) =>
    (await listEnterpriseInterns(actor, enterpriseId)).items.map((i) => i.id).sort();

  it("lists the enterprise's own interns to its members and to system admins", async () => {
    expect(await listed(actors.enterprise, enterpriseOne)).toEqual([ids.one, ids.b].sort());
    expect(await listed(actors.sysAdmin, enterpriseOne)).toEqual([ids.one, ids.b].sort());
  });

  it("returns nothing of another enterprise: its id reads as unknown", async () => {
    await expect(listEnterpriseInterns(actors.enterpriseTwo, enterpriseOne)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await listed(actors.enterpriseTwo, actors.enterpriseTwo.enterprise!.id)).toEqual([ids.two]);
  });

  it("is refused to students and university staff", async () => {
    for (const who of ["student", "adminA", "supervisorOne"] as const) {
      await expect(listEnterpriseInterns(actors[who], enterpriseOne)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

describe("listStudentInternships", () => {
  const listed = async (actor: Actor) => (await listStudentInternships(actor, studentA)).items.map((i) => i.id).sort();

  it("shows a supervisor only the internships assigned to them, even of a student they share", async () => {
    expect(await listed(actors.supervisorOne)).toEqual([ids.one]);
    expect(await listed(actors.supervisorTwo)).toEqual([ids.two]);
  });

  it("shows the student and their university all of the student's internships", async () => {
    expect(await listed(actors.student)).toEqual([ids.one, ids.two].sort());
    expect(await listed(actors.adminA)).toEqual([ids.one, ids.two].sort());
  });

  it("reads another student as unknown", async () => {
    await expect(listStudentInternships(actors.studentB, studentA)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
