import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { createUser } from "@/tests/helpers/users";
import { loadActor, type Actor } from "./actor";
import { enterpriseScope } from "@/lib/enterprises/policy";
import { studentScope } from "@/lib/students/policy";
import { universityScope } from "@/lib/universities/policy";
import { requireRole, requireSelfOrAdmin, requireVerifiedEmail } from "./policy";

const ROLES: Role[] = ["STUDENT", "ENTERPRISE", "UNIVERSITY_ADMIN", "UNIVERSITY_SUPERVISOR", "SYSTEM_ADMIN"];

/** The AppError code a policy call fails with, or "OK". */
function outcome(check: () => unknown): string {
  try {
    check();
    return "OK";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

const actorOf = async (userId: string): Promise<Actor> => (await loadActor(userId))!;
const studentIdOf = async (userId: string) => (await db.student.findUniqueOrThrow({ where: { userId } })).id;

// Two universities, two enterprises with one offer each, students with and without internships.
let f: Record<
  "uniA" | "uniB" | "entOne" | "entTwo" | "offerOne" | "offerTwo" | "studentA1" | "studentA2" | "studentB",
  string
>;
let agreements: { a1: string; a2: string; b: string };
let actors: Record<
  | "student"
  | "enterprise"
  | "enterpriseTwo"
  | "adminA"
  | "adminB"
  | "supervisorA"
  | "supervisorA2"
  | "supervisorB"
  | "sysAdmin",
  Actor
>;

async function internship(studentId: string, offerId: string, universityId: string, supervisorId: string) {
  const offer = await db.offer.findUniqueOrThrow({ where: { id: offerId } });
  const application = await db.application.create({ data: { offerId, studentId, status: "ACCEPTED" } });
  const dates = { startDate: new Date("2026-03-02"), endDate: new Date("2026-08-28") };
  const base = { studentId, enterpriseId: offer.enterpriseId, universityId, ...dates };
  const agreement = await db.agreement.create({
    data: { ...base, applicationId: application.id, status: "VALIDATED", supervisorId },
  });
  await db.internship.create({ data: { ...base, agreementId: agreement.id, offerId, supervisorId } });
  return agreement.id;
}

beforeAll(async () => {
  const uniA = (await db.university.create({ data: { name: "Université A" } })).id;
  const uniB = (await db.university.create({ data: { name: "Université B" } })).id;
  const users = {
    student: await createUser("STUDENT", { universityId: uniA }),
    studentA2: await createUser("STUDENT", { universityId: uniA }),
    studentB: await createUser("STUDENT", { universityId: uniB }),
    enterprise: await createUser("ENTERPRISE"),
    enterpriseTwo: await createUser("ENTERPRISE"),
    adminA: await createUser("UNIVERSITY_ADMIN", { universityId: uniA }),
    adminB: await createUser("UNIVERSITY_ADMIN", { universityId: uniB }),
    supervisorA: await createUser("UNIVERSITY_SUPERVISOR", { universityId: uniA }),
    supervisorA2: await createUser("UNIVERSITY_SUPERVISOR", { universityId: uniA }),
    supervisorB: await createUser("UNIVERSITY_SUPERVISOR", { universityId: uniB }),
    sysAdmin: await createUser("SYSTEM_ADMIN"),
  };
  const loaded = await Promise.all(
    Object.entries(users).map(async ([key, user]) => [key, await actorOf(user.id)] as const),
  );
  actors = Object.fromEntries(loaded) as typeof actors;
  const offer = (enterpriseId: string, title: string) =>
    db.offer.create({
      data: { enterpriseId, title, description: "…", field: "IT", city: "Lyon", country: "FR", durationWeeks: 24 },
    });
  const entOne = actors.enterprise.enterprise!.id;
  const entTwo = (await actorOf(users.enterpriseTwo.id)).enterprise!.id;
  f = {
    uniA,
    uniB,
    entOne,
    entTwo,
    offerOne: (await offer(entOne, "Stage un")).id,
    offerTwo: (await offer(entTwo, "Stage deux")).id,
    studentA1: await studentIdOf(users.student.id),
    studentA2: await studentIdOf(users.studentA2.id),
    studentB: await studentIdOf(users.studentB.id),
  };
  await db.student.update({ where: { id: f.studentB }, data: { visibleToEnterprises: false } });
  agreements = {
    a1: await internship(f.studentA1, f.offerOne, uniA, actors.supervisorA.university!.staffId),
    a2: await internship(f.studentA2, f.offerTwo, uniA, actors.supervisorA2.university!.staffId),
    b: await internship(f.studentB, f.offerOne, uniB, actors.supervisorB.university!.staffId),
  };
});

const byRole = (role: Role) => Object.values(actors).find((a) => a.role === role)!;

describe("requireRole", () => {
  it.each(ROLES)("lets a %s through only where its role is listed", (role) => {
    const actor = byRole(role);
    expect(requireRole(actor, role)).toBe(actor);
    expect(outcome(() => requireRole(actor, ...ROLES.filter((r) => r !== role)))).toBe("FORBIDDEN");
  });

  it("asks an anonymous caller to sign in", () => {
    expect(outcome(() => requireRole(null, "STUDENT"))).toBe("UNAUTHENTICATED");
  });
});

describe("requireSelfOrAdmin", () => {
  it.each(ROLES.filter((r) => r !== "SYSTEM_ADMIN"))("lets a %s act on its own account only", (role) => {
    const actor = byRole(role);
    expect(outcome(() => requireSelfOrAdmin(actor, actor.userId))).toBe("OK");
    expect(outcome(() => requireSelfOrAdmin(actor, actors.sysAdmin.userId))).toBe("FORBIDDEN");
  });

  it("lets a system admin act on any account", () => {
    expect(outcome(() => requireSelfOrAdmin(actors.sysAdmin, actors.student.userId))).toBe("OK");
  });
});

describe("requireVerifiedEmail", () => {
  it.each(ROLES)("passes a verified %s and stops an unverified one with EMAIL_NOT_VERIFIED", async (role) => {
    expect(outcome(() => requireVerifiedEmail(byRole(role)))).toBe("OK");
    const user = await createUser(role, { universityId: f.uniA });
    await db.user.update({ where: { id: user.id }, data: { emailVerified: null } });
    const unverified = await actorOf(user.id);
    expect(outcome(() => requireVerifiedEmail(unverified))).toBe("EMAIL_NOT_VERIFIED");
  });
});

describe("enterpriseScope on real offers", () => {
  const offersSeenBy = (actor: Actor) =>
    db.offer.findMany({
      where: { AND: [enterpriseScope(actor), { id: { in: [f.offerOne, f.offerTwo] } }] },
      select: { id: true },
    });

  it("shows an enterprise member only its own enterprise's offers", async () => {
    expect(await offersSeenBy(actors.enterprise)).toEqual([{ id: f.offerOne }]);
    expect(await offersSeenBy(actors.enterpriseTwo)).toEqual([{ id: f.offerTwo }]);
  });

  it("shows a system admin every enterprise's offers", async () => {
    expect((await offersSeenBy(actors.sysAdmin)).map((o) => o.id).sort()).toEqual([f.offerOne, f.offerTwo].sort());
  });

  it.each(["STUDENT", "UNIVERSITY_ADMIN", "UNIVERSITY_SUPERVISOR"] as Role[])("is forbidden to a %s", (role) => {
    expect(outcome(() => enterpriseScope(byRole(role)))).toBe("FORBIDDEN");
  });

  it("is forbidden to an enterprise account without a membership", async () => {
    const orphan = await db.user.create({
      data: { email: "orphan@example.test", name: "Orphan", role: "ENTERPRISE", emailVerified: new Date() },
    });
    const actor = await actorOf(orphan.id);
    expect(actor.enterprise).toBeNull();
    expect(outcome(() => enterpriseScope(actor))).toBe("FORBIDDEN");
  });
});

describe("universityScope on real agreements", () => {
  const agreementsSeenBy = async (actor: Actor) =>
    (
      await db.agreement.findMany({
        where: { AND: [universityScope(actor), { id: { in: Object.values(agreements) } }] },
        select: { id: true },
      })
    )
      .map((a) => a.id)
      .sort();

  it("shows university staff only their own university's agreements", async () => {
    const ofA = [agreements.a1, agreements.a2].sort();
    expect(await agreementsSeenBy(actors.adminA)).toEqual(ofA);
    expect(await agreementsSeenBy(actors.supervisorA)).toEqual(ofA);
    expect(await agreementsSeenBy(actors.adminB)).toEqual([agreements.b]);
  });

  it("shows a system admin every university's agreements", async () => {
    expect(await agreementsSeenBy(actors.sysAdmin)).toEqual(Object.values(agreements).sort());
  });

  it.each(["STUDENT", "ENTERPRISE"] as Role[])("is forbidden to a %s", (role) => {
    expect(outcome(() => universityScope(byRole(role)))).toBe("FORBIDDEN");
  });
});

describe("studentScope on real students", () => {
  const studentsSeenBy = async (actor: Actor) =>
    (
      await db.student.findMany({
        where: { AND: [studentScope(actor), { id: { in: [f.studentA1, f.studentA2, f.studentB] } }] },
      })
    )
      .map((s) => s.id)
      .sort();

  it("shows a student only their own profile", async () => {
    expect(await studentsSeenBy(actors.student)).toEqual([f.studentA1]);
  });

  it("shows a university admin only their university's students", async () => {
    expect(await studentsSeenBy(actors.adminA)).toEqual([f.studentA1, f.studentA2].sort());
    expect(await studentsSeenBy(actors.adminB)).toEqual([f.studentB]);
  });

  it("shows a supervisor only the students of internships assigned to them", async () => {
    expect(await studentsSeenBy(actors.supervisorA)).toEqual([f.studentA1]);
    expect(await studentsSeenBy(actors.supervisorA2)).toEqual([f.studentA2]);
    expect(await studentsSeenBy(actors.supervisorB)).toEqual([f.studentB]);
  });

  it("refuses an unverified enterprise, and shows a verified one only the profiles students made visible", async () => {
    expect(() => studentScope(actors.enterprise)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    await db.enterprise.update({
      where: { id: actors.enterprise.enterprise!.id },
      data: { verificationStatus: "VERIFIED" },
    });
    expect(await studentsSeenBy(await actorOf(actors.enterprise.userId))).toEqual([f.studentA1, f.studentA2].sort());
  });

  it("shows a system admin every student", async () => {
    expect(await studentsSeenBy(actors.sysAdmin)).toEqual([f.studentA1, f.studentA2, f.studentB].sort());
  });
});
