import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { signAccessToken } from "@/lib/identity/access-token";
import { callRoute } from "@/tests/helpers/call-route";
import { createUser } from "@/tests/helpers/users";
import { DELETE as removeRecord } from "./[id]/academic-records/[recordId]/route";
import { POST as addRecord } from "./[id]/academic-records/route";
import { GET as applications } from "./[id]/applications/route";
import { GET as internships } from "./[id]/internships/route";
import { PUT as putPreferences } from "./[id]/preferences/route";
import { GET as read, PUT as update } from "./[id]/route";
import { POST as setSkills } from "./[id]/skills/route";
import { GET as list } from "./route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

const PROBLEM = "application/problem+json";
type Caller = { userId: string; studentId?: string; headers: Record<string, string> };

async function caller(
  role: Parameters<typeof createUser>[0],
  overrides: Parameters<typeof createUser>[1] = {},
): Promise<Caller> {
  const user = await createUser(role, overrides);
  const student = await db.student.findUnique({ where: { userId: user.id } });
  return {
    userId: user.id,
    studentId: student?.id,
    headers: { authorization: `Bearer ${await signAccessToken({ id: user.id, role })}` },
  };
}

/** Everything a student's profile writes touch, to prove a refused request changed nothing. */
async function profileState(studentId: string) {
  return db.student.findUniqueOrThrow({
    where: { id: studentId },
    include: { skills: true, records: true, preference: true },
  });
}

let universityId: string;
let programId: string;
let otherProgramId: string;
let me: Caller;
let other: Caller;

beforeAll(async () => {
  universityId = (await db.university.create({ data: { name: "Université Lumière" } })).id;
  const department = await db.department.create({ data: { universityId, name: "Informatique" } });
  programId = (await db.program.create({ data: { departmentId: department.id, name: "Master Informatique" } })).id;
  const elsewhere = await db.university.create({
    data: {
      name: "Ailleurs",
      departments: { create: { name: "Droit", programs: { create: { name: "Master Droit" } } } },
    },
  });
  otherProgramId = (await db.program.findFirstOrThrow({ where: { department: { universityId: elsewhere.id } } })).id;
  me = await caller("STUDENT", { universityId });
  other = await caller("STUDENT", { universityId });
  await db.student.update({
    where: { id: other.studentId },
    data: { phone: "+33 6 12 34 56 78", headline: "Autre profil" },
  });
});

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

describe("a student's own profile", () => {
  it("changes only the fields sent, and clears one sent empty", async () => {
    const first = await callRoute(update, {
      method: "PUT",
      params: { id: me.studentId! },
      headers: me.headers,
      body: { headline: "  Développeuse web  ", city: "Lyon", programId, fieldOfStudy: "Software engineering" },
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      headline: "Développeuse web",
      city: "Lyon",
      fieldOfStudy: "Software engineering",
      program: { id: programId, name: "Master Informatique" },
    });
    const second = await callRoute(update, {
      method: "PUT",
      params: { id: me.studentId! },
      headers: me.headers,
      body: { city: "", visibleToEnterprises: false },
    });
    expect(second.body).toMatchObject({
      headline: "Développeuse web",
      city: null,
      visibleToEnterprises: false,
      program: { id: programId },
    });
    await db.student.update({ where: { id: me.studentId }, data: { visibleToEnterprises: true } });
  });

  it("replaces the skills, adding unknown names to the shared list and keeping kept skills' levels", async () => {
    const old = await db.skill.create({ data: { name: "Ancienne" } });
    await db.studentSkill.create({ data: { studentId: me.studentId!, skillId: old.id } });
    const react = await db.skill.upsert({ where: { name: "React" }, create: { name: "React" }, update: {} });
    await db.studentSkill.create({ data: { studentId: me.studentId!, skillId: react.id, level: 5 } });
    const response = await callRoute(setSkills, {
      params: { id: me.studentId! },
      headers: me.headers,
      body: { skills: ["react", "Rust embarqué", "React"] },
    });
    expect(response.status).toBe(200);
    expect(response.body.skills).toEqual([
      { name: "React", level: 5 },
      { name: "Rust embarqué", level: 3 },
    ]);
    expect(await db.skill.count({ where: { name: "Rust embarqué" } })).toBe(1);
  });

  it("adds and removes academic records", async () => {
    const added = await callRoute(addRecord, {
      params: { id: me.studentId! },
      headers: me.headers,
      body: {
        institution: "Université Lyon 1",
        degree: "Licence Informatique",
        startDate: "2022-09-01",
        endDate: "2025-06-30",
        grade: "",
      },
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      institution: "Université Lyon 1",
      grade: null,
      endDate: "2025-06-30T00:00:00.000Z",
    });
    const removed = await callRoute(removeRecord, {
      method: "DELETE",
      params: { id: me.studentId!, recordId: added.body.id },
      headers: me.headers,
    });
    expect(removed.status).toBe(204);
    expect(await db.academicRecord.count({ where: { id: added.body.id } })).toBe(0);
  });

  it("replaces the preferences", async () => {
    const body = {
      fields: ["Data science", "Data science"],
      places: ["Lyon", "lyon", "Paris"],
      remoteModes: ["HYBRID"],
      availableFrom: "2027-02-01",
      availableTo: "2027-08-31",
      minStipend: "900",
    };
    const response = await callRoute(putPreferences, {
      method: "PUT",
      params: { id: me.studentId! },
      headers: me.headers,
      body,
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      fields: ["Data science"],
      places: ["Lyon", "Paris"],
      remoteModes: ["HYBRID"],
      availableFrom: "2027-02-01T00:00:00.000Z",
      availableTo: "2027-08-31T00:00:00.000Z",
      minStipend: 900,
      currency: "EUR",
    });
    const profile = await callRoute(read, { method: "GET", params: { id: me.studentId! }, headers: me.headers });
    expect(profile.body.preferences).toEqual(response.body);
  });
});

describe("bad input to the students routes answers 4xx problem+json and changes nothing", () => {
  const id = () => me.studentId!;
  const cases: [string, (typeof update)[], () => Parameters<typeof callRoute>[1], number, string?][] = [
    ["profile: not JSON", [update], () => ({ method: "PUT", rawBody: "{nope" }), 400],
    [
      "profile: headline too long",
      [update],
      () => ({ method: "PUT", body: { headline: "x".repeat(141) } }),
      400,
      "headline",
    ],
    [
      "profile: phone with letters",
      [update],
      () => ({ method: "PUT", body: { phone: "call me maybe" } }),
      400,
      "phone",
    ],
    [
      "profile: field outside the list",
      [update],
      () => ({ method: "PUT", body: { fieldOfStudy: "Astrology" } }),
      400,
      "fieldOfStudy",
    ],
    [
      "profile: program of another university",
      [update],
      () => ({ method: "PUT", body: { programId: otherProgramId } }),
      400,
      "programId",
    ],
    ["profile: unknown program", [update], () => ({ method: "PUT", body: { programId: "nope" } }), 400, "programId"],
    [
      "profile: visibility not a boolean",
      [update],
      () => ({ method: "PUT", body: { visibleToEnterprises: "perhaps" } }),
      400,
      "visibleToEnterprises",
    ],
    ["skills: no list", [setSkills], () => ({ body: {} }), 400, "skills"],
    [
      "skills: too many",
      [setSkills],
      () => ({ body: { skills: Array.from({ length: 41 }, (_, i) => `Skill ${i}`) } }),
      400,
      "skills",
    ],
    ["skills: a name too long", [setSkills], () => ({ body: { skills: ["x".repeat(61)] } }), 400, "skills.0"],
    ["record: no institution", [addRecord], () => ({ body: { degree: "Licence" } }), 400, "institution"],
    [
      "record: ends before it starts",
      [addRecord],
      () => ({ body: { institution: "U", degree: "L", startDate: "2024-09-01", endDate: "2023-06-30" } }),
      400,
      "endDate",
    ],
    [
      "record: not a date",
      [addRecord],
      () => ({ body: { institution: "U", degree: "L", startDate: "someday" } }),
      400,
      "startDate",
    ],
    [
      "preferences: unknown field",
      [putPreferences],
      () => ({ method: "PUT", body: { fields: ["Astrology"] } }),
      400,
      "fields.0",
    ],
    [
      "preferences: unknown remote mode",
      [putPreferences],
      () => ({ method: "PUT", body: { remoteModes: ["MOON"] } }),
      400,
      "remoteModes.0",
    ],
    [
      "preferences: available to before from",
      [putPreferences],
      () => ({ method: "PUT", body: { availableFrom: "2027-06-01", availableTo: "2027-01-01" } }),
      400,
      "availableTo",
    ],
    [
      "preferences: negative stipend",
      [putPreferences],
      () => ({ method: "PUT", body: { minStipend: -5 } }),
      400,
      "minStipend",
    ],
    ["preferences: body is a list", [putPreferences], () => ({ method: "PUT", body: [] }), 400],
  ];

  it.each(cases)("%s", async (_name, [handler], input, status, field) => {
    const before = await profileState(id());
    const response = await callRoute(handler!, { ...input(), params: { id: id() }, headers: me.headers });
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toBe(PROBLEM);
    expect(response.body).toMatchObject({
      status,
      type: expect.stringContaining("/problems/"),
      title: expect.any(String),
    });
    if (field)
      expect(response.body.errors).toContainEqual(expect.objectContaining({ field, message: expect.any(String) }));
    expect(await profileState(id())).toEqual(before);
  });

  it("removing a record of another student is a 404 and leaves it", async () => {
    const theirs = await db.academicRecord.create({
      data: { studentId: other.studentId!, institution: "U", degree: "L" },
    });
    const response = await callRoute(removeRecord, {
      method: "DELETE",
      params: { id: me.studentId!, recordId: theirs.id },
      headers: me.headers,
    });
    expect(response.status).toBe(404);
    expect(await db.academicRecord.count({ where: { id: theirs.id } })).toBe(1);
  });
});

describe("a student cannot read or change another student's profile", () => {
  const writes: [string, typeof update, Parameters<typeof callRoute>[1]][] = [
    ["PUT profile", update, { method: "PUT", body: { headline: "Piraté" } }],
    ["POST skills", setSkills, { body: { skills: ["Piratage"] } }],
    ["POST record", addRecord, { body: { institution: "Piratage", degree: "L" } }],
    ["PUT preferences", putPreferences, { method: "PUT", body: { fields: ["Law"] } }],
  ];

  it.each(writes)("%s is a 403 and the row is unchanged", async (_name, handler, input) => {
    const before = await profileState(other.studentId!);
    const response = await callRoute(handler, { ...input, params: { id: other.studentId! }, headers: me.headers });
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toBe(PROBLEM);
    expect(await profileState(other.studentId!)).toEqual(before);
  });

  it("reading it is a 404, as are its applications and internships", async () => {
    for (const handler of [read, applications, internships]) {
      const response = await callRoute(handler, {
        method: "GET",
        params: { id: other.studentId! },
        headers: me.headers,
      });
      expect(response.status).toBe(404);
    }
  });

  it("without a token every route is a 401", async () => {
    const response = await callRoute(read, { method: "GET", params: { id: me.studentId! } });
    expect(response.status).toBe(401);
  });
});

describe("who sees which students", () => {
  it("enterprises see visible profiles only, never contact details", async () => {
    const hidden = await caller("STUDENT", { universityId });
    await db.student.update({
      where: { id: hidden.studentId },
      data: { visibleToEnterprises: false, headline: "Profil masqué" },
    });
    const enterprise = await caller("ENTERPRISE");
    // Anyone can register an enterprise: profiles open only once it is verified.
    expect((await callRoute(list, { method: "GET", headers: enterprise.headers, path: "/students" })).status).toBe(403);
    await db.enterprise.updateMany({
      where: { members: { some: { userId: enterprise.userId } } },
      data: { verificationStatus: "VERIFIED" },
    });
    const page = await callRoute(list, { method: "GET", headers: enterprise.headers, path: "/students?limit=100" });
    expect(page.status).toBe(200);
    const ids = page.body.items.map((s: { id: string }) => s.id);
    expect(ids).toContain(other.studentId);
    expect(ids).not.toContain(hidden.studentId);
    expect(JSON.stringify(page.body)).not.toMatch(/phone|email|12 34 56/);

    const visible = await callRoute(read, {
      method: "GET",
      params: { id: other.studentId! },
      headers: enterprise.headers,
    });
    expect(visible.status).toBe(200);
    expect(visible.body).toMatchObject({ id: other.studentId, headline: "Autre profil" });
    expect(visible.body).not.toHaveProperty("phone");
    expect(visible.body).not.toHaveProperty("email");
    expect(visible.body).not.toHaveProperty("preferences");
    const refused = await callRoute(read, {
      method: "GET",
      params: { id: hidden.studentId! },
      headers: enterprise.headers,
    });
    expect(refused.status).toBe(404);
  });

  it("enterprises do not read a student's applications or internships", async () => {
    const enterprise = await caller("ENTERPRISE");
    const response = await callRoute(applications, {
      method: "GET",
      params: { id: other.studentId! },
      headers: enterprise.headers,
    });
    expect(response.status).toBe(403);
  });

  it("a university admin sees their own university's students with contact details, and searches them", async () => {
    const admin = await caller("UNIVERSITY_ADMIN", { universityId });
    const outsider = await caller("STUDENT");
    const page = await callRoute(list, { method: "GET", headers: admin.headers, path: "/students?limit=100" });
    const ids = page.body.items.map((s: { id: string }) => s.id);
    expect(ids).toEqual(expect.arrayContaining([me.studentId, other.studentId]));
    expect(ids).not.toContain(outsider.studentId);
    const tooLong = await callRoute(list, {
      method: "GET",
      headers: admin.headers,
      path: `/students?q=${"x".repeat(101)}`,
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors).toContainEqual(expect.objectContaining({ field: "q" }));
    const found = await callRoute(list, { method: "GET", headers: admin.headers, path: "/students?q=autre%20PROFIL" });
    expect(found.body.items.map((s: { id: string }) => s.id)).toEqual([other.studentId]);
    const profile = await callRoute(read, { method: "GET", params: { id: other.studentId! }, headers: admin.headers });
    expect(profile.body.phone).toBe("+33 6 12 34 56 78");
  });

  it("lists a student's applications and internships for the student, newest first", async () => {
    const enterprise = await db.enterprise.create({ data: { name: "Numeria", slug: `numeria-${Date.now()}` } });
    const offer = (title: string) =>
      db.offer.create({
        data: {
          enterpriseId: enterprise.id,
          title,
          description: "…",
          field: "Design",
          city: "Lyon",
          country: "FR",
          durationWeeks: 12,
          status: "PUBLISHED",
        },
      });
    const first = await db.application.create({
      data: {
        offerId: (await offer("Première")).id,
        studentId: me.studentId!,
        status: "SUBMITTED",
        createdAt: new Date("2026-01-01"),
      },
    });
    const second = await db.application.create({
      data: {
        offerId: (await offer("Seconde")).id,
        studentId: me.studentId!,
        status: "ACCEPTED",
        createdAt: new Date("2026-02-01"),
      },
    });
    const agreement = await db.agreement.create({
      data: {
        applicationId: second.id,
        studentId: me.studentId!,
        enterpriseId: enterprise.id,
        universityId,
        startDate: new Date("2026-03-02"),
        endDate: new Date("2026-08-28"),
      },
    });
    await db.internship.create({
      data: {
        agreementId: agreement.id,
        studentId: me.studentId!,
        enterpriseId: enterprise.id,
        universityId,
        offerId: second.offerId,
        startDate: agreement.startDate,
        endDate: agreement.endDate,
      },
    });

    const apps = await callRoute(applications, { method: "GET", params: { id: me.studentId! }, headers: me.headers });
    expect(apps.body.items.map((a: { id: string }) => a.id)).toEqual([second.id, first.id]);
    expect(apps.body.items[0]).toMatchObject({
      status: "ACCEPTED",
      offer: { title: "Seconde", enterprise: { name: "Numeria" } },
    });
    const paged = await callRoute(applications, {
      method: "GET",
      params: { id: me.studentId! },
      headers: me.headers,
      path: `/x?limit=1`,
    });
    expect(paged.body).toMatchObject({ items: [{ id: second.id }], nextCursor: second.id });
    const tooMany = await callRoute(applications, {
      method: "GET",
      params: { id: me.studentId! },
      headers: me.headers,
      path: `/x?limit=500`,
    });
    expect(tooMany.status).toBe(400);
    const stages = await callRoute(internships, { method: "GET", params: { id: me.studentId! }, headers: me.headers });
    expect(stages.body.items).toEqual([
      expect.objectContaining({
        status: "PLANNED",
        enterprise: { id: enterprise.id, name: "Numeria" },
        offer: { id: second.offerId, title: "Seconde" },
      }),
    ]);

    const supervisorUser = await createUser("UNIVERSITY_SUPERVISOR", { universityId });
    const supervisor = {
      authorization: `Bearer ${await signAccessToken({ id: supervisorUser.id, role: "UNIVERSITY_SUPERVISOR" })}`,
    };
    expect(
      (await callRoute(internships, { method: "GET", params: { id: me.studentId! }, headers: supervisor })).status,
    ).toBe(404);
    const staff = await db.universityStaff.findUniqueOrThrow({ where: { userId: supervisorUser.id } });
    await db.internship.updateMany({ where: { agreementId: agreement.id }, data: { supervisorId: staff.id } });
    const followed = await callRoute(internships, {
      method: "GET",
      params: { id: me.studentId! },
      headers: supervisor,
    });
    expect(followed.body.items.map((i: { offer: { title: string } }) => i.offer.title)).toEqual(["Seconde"]);
  });
});
