import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { signAccessToken } from "@/lib/identity/access-token";
import { loadActor } from "@/lib/identity/actor";
import { searchStudentProfiles } from "@/lib/students/search-student-profiles";
import { callRoute } from "@/tests/helpers/call-route";
import { rowCounts } from "@/tests/helpers/row-counts";
import { createUser } from "@/tests/helpers/users";
import { GET as list } from "./route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

const PROBLEM = "application/problem+json";
const bearer = async (user: { id: string; role: Parameters<typeof signAccessToken>[0]["role"] }) => ({
  authorization: `Bearer ${await signAccessToken({ id: user.id, role: user.role })}`,
});

/** A student with a full name, contact details and a profile; returns the student's id. */
async function student(
  name: string,
  data: Record<string, unknown>,
  skills: string[],
  preference?: Record<string, unknown>,
) {
  const user = await createUser("STUDENT");
  await db.user.update({ where: { id: user.id }, data: { name } });
  const row = await db.student.update({
    where: { userId: user.id },
    data: {
      ...data,
      phone: "+33 6 98 76 54 32",
      studentNumber: `N-${name.length}${Math.random().toString(36).slice(2, 6)}`,
      skills: {
        create: skills.map((skill) => ({
          skill: { connectOrCreate: { where: { name: skill }, create: { name: skill } } },
        })),
      },
      ...(preference && { preference: { create: preference } }),
    },
  });
  return { id: row.id, email: user.email };
}

let alice: { id: string; email: string };
let bob: { id: string; email: string };
let hidden: { id: string; email: string };
let verified: Record<string, string>;
let unverified: Record<string, string>;
let enterpriseId: string;
let applicationId: string;

beforeAll(async () => {
  const university = await db.university.create({ data: { name: "Université Talents" } });
  const department = await db.department.create({ data: { universityId: university.id, name: "Info" } });
  const master = await db.program.create({ data: { departmentId: department.id, name: "Master IA", level: "MASTER" } });
  const licence = await db.program.create({
    data: { departmentId: department.id, name: "Licence Info", level: "BACHELOR" },
  });
  alice = await student(
    "Alice Martinez",
    {
      universityId: university.id,
      programId: master.id,
      city: "Lyon",
      headline: "Développeuse React",
      bio: "J'aime les interfaces.",
      fieldOfStudy: "Software engineering",
    },
    ["React", "TypeScript"],
    {
      fields: ["Data science"],
      places: ["Paris"],
      availableFrom: new Date("2026-03-01"),
      availableTo: new Date("2026-08-31"),
      minStipendMinor: 123456,
    },
  );
  bob = await student(
    "Bob Durand",
    { universityId: university.id, programId: licence.id, city: "Paris", headline: "Étudiant en licence" },
    ["React"],
  );
  hidden = await student(
    "Chloé Cachée",
    {
      universityId: university.id,
      programId: master.id,
      city: "Lyon",
      headline: "Profil masqué",
      visibleToEnterprises: false,
    },
    ["React", "TypeScript"],
    { availableFrom: new Date("2026-01-01"), availableTo: new Date("2026-12-31") },
  );

  const member = await createUser("ENTERPRISE");
  enterpriseId = (await db.enterpriseMember.findUniqueOrThrow({ where: { userId: member.id } })).enterpriseId;
  await db.enterprise.update({ where: { id: enterpriseId }, data: { verificationStatus: "VERIFIED" } });
  verified = await bearer(member);
  unverified = await bearer(await createUser("ENTERPRISE"));

  const offer = (owner: string) =>
    db.offer.create({
      data: {
        enterpriseId: owner,
        title: "Stage React",
        description: "…",
        field: "Software engineering",
        city: "Lyon",
        country: "FR",
        durationWeeks: 24,
        status: "PUBLISHED",
      },
    });
  const ours = await offer(enterpriseId);
  applicationId = (
    await db.application.create({
      data: { offerId: ours.id, studentId: alice.id, status: "SUBMITTED", submittedAt: new Date() },
    })
  ).id;
  // A draft is not sent yet, and another enterprise's application is none of ours.
  await db.application.create({ data: { offerId: ours.id, studentId: bob.id, status: "DRAFT" } });
  const theirs = await db.enterprise.create({ data: { name: "Autre", slug: `autre-${Date.now()}` } });
  await db.application.create({
    data: { offerId: (await offer(theirs.id)).id, studentId: hidden.id, status: "SUBMITTED", submittedAt: new Date() },
  });
});

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

const search = (query: string, headers = verified) =>
  callRoute(list, { method: "GET", path: `/students?limit=100&${query}`, headers });
const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);

describe("talent search for a verified enterprise", () => {
  it("lists visible profiles only, with what the student puts forward and no contact detail", async () => {
    const answer = await search("");
    expect(answer.status).toBe(200);
    expect(ids(answer.body)).toEqual(expect.arrayContaining([alice.id, bob.id]));
    expect(ids(answer.body)).not.toContain(hidden.id);
    const found = answer.body.items.find((item: { id: string }) => item.id === alice.id);
    expect(found).toEqual({
      id: alice.id,
      name: "Alice M.",
      headline: "Développeuse React",
      bio: "J'aime les interfaces.",
      city: "Lyon",
      fieldOfStudy: "Software engineering",
      university: { id: expect.any(String), name: "Université Talents" },
      program: { id: expect.any(String), name: "Master IA", level: "MASTER" },
      skills: [
        { name: "React", level: 3 },
        { name: "TypeScript", level: 3 },
      ],
      wishedFields: ["Data science"],
      wishedPlaces: ["Paris"],
      availableFrom: "2026-03-01T00:00:00.000Z",
      availableTo: "2026-08-31T00:00:00.000Z",
      applicationId,
    });
    const json = JSON.stringify(answer.body);
    for (const leak of [
      alice.email,
      bob.email,
      "Martinez",
      "Durand",
      "98 76 54 32",
      '"N-',
      ":123456",
      '"email"',
      '"phone"',
      '"studentNumber"',
      '"minStipend',
      '"cv"',
      '"documentId"',
      "Cachée",
      "Profil masqué",
    ])
      expect(json, leak).not.toContain(leak);
  });

  it("links only to applications the enterprise has received", async () => {
    const answer = await search("");
    const byId = new Map(
      answer.body.items.map((item: { id: string; applicationId: string | null }) => [item.id, item]),
    );
    expect(byId.get(alice.id)).toMatchObject({ applicationId });
    expect(byId.get(bob.id)).toMatchObject({ applicationId: null });
  });

  it.each([
    ["skills=react,TYPESCRIPT", () => [alice.id]],
    ["skills=React", () => [alice.id, bob.id]],
    ["field=Data%20science", () => [alice.id]],
    ["field=Software%20engineering", () => [alice.id]],
    ["level=BACHELOR", () => [bob.id]],
    ["city=lyon", () => [alice.id]],
    ["city=Paris", () => [alice.id, bob.id]],
    ["availableFrom=2026-06-01&availableTo=2026-07-15", () => [alice.id]],
    ["availableFrom=2026-09-01", () => []],
    ["availableTo=2026-02-28", () => []],
    ["q=d%C3%A9veloppeuse", () => [alice.id]],
  ])("filters by %s, never showing the hidden profile", async (query, expected) => {
    const answer = await search(`${query}`);
    expect(answer.status).toBe(200);
    const found = ids(answer.body).filter((id) => [alice.id, bob.id, hidden.id].includes(id));
    expect(found.sort()).toEqual(expected().sort());
  });

  it("pages the results", async () => {
    const first = await callRoute(list, { method: "GET", path: "/students?limit=1&skills=React", headers: verified });
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextCursor).toBe(first.body.items[0].id);
    const second = await callRoute(list, {
      method: "GET",
      path: `/students?limit=1&skills=React&cursor=${first.body.nextCursor}`,
      headers: verified,
    });
    expect(second.body.items).toHaveLength(1);
    expect([...ids(first.body), ...ids(second.body)].sort()).toEqual([alice.id, bob.id].sort());
    expect(second.body.nextCursor).toBeNull();
  });

  it.each([
    ["level=WIZARD", "level"],
    ["field=Astrology", "field"],
    ["availableFrom=2026-09-01&availableTo=2026-03-01", "availableTo"],
    ["availableFrom=not-a-date", "availableFrom"],
    [`skills=${Array.from({ length: 11 }, (_, i) => `s${i}`).join(",")}`, "skills"],
    [`city=${"x".repeat(81)}`, "city"],
  ])("refuses %s with a 400 problem naming the field, writing nothing", async (query, field) => {
    const before = await rowCounts();
    const answer = await search(query);
    expect(answer.status).toBe(400);
    expect(answer.headers.get("content-type")).toContain(PROBLEM);
    expect(answer.body.errors).toContainEqual(expect.objectContaining({ field }));
    expect(await rowCounts()).toEqual(before);
  });
});

describe("who may search", () => {
  it("an enterprise not verified yet gets a 403 saying why", async () => {
    const answer = await search("", unverified);
    expect(answer.status).toBe(403);
    expect(answer.body.title).toMatch(/verified/);
  });

  it("refuses students and university staff in the domain function", async () => {
    for (const role of ["STUDENT", "UNIVERSITY_ADMIN", "UNIVERSITY_SUPERVISOR", "SYSTEM_ADMIN"] as const) {
      const actor = await loadActor((await createUser(role)).id);
      await expect(searchStudentProfiles(actor, {}), role).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(searchStudentProfiles(null, {})).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("university staff filter their own students and still see contact details", async () => {
    const admin = await createUser("UNIVERSITY_ADMIN", {
      universityId: (await db.student.findUniqueOrThrow({ where: { id: alice.id } })).universityId!,
    });
    const answer = await search("skills=typescript", await bearer(admin));
    expect(ids(answer.body).sort()).toEqual([alice.id, hidden.id].sort());
    expect(answer.body.items.find((item: { id: string }) => item.id === alice.id)).toMatchObject({
      name: "Alice Martinez",
      email: alice.email,
    });
  });
});
