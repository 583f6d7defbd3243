import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { signAccessToken } from "@/lib/identity/access-token";
import { callRoute } from "@/tests/helpers/call-route";
import { createUser } from "@/tests/helpers/users";
import { GET as recommendations } from "./[studentId]/route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

const DAY = 86400_000;
const iso = (day: string) => new Date(`${day}T00:00:00.000Z`).toISOString();

let universityId: string;
let student: { studentId: string; headers: Record<string, string> };
let ids: Record<string, string>;
const enterprises: Record<string, string> = {};

async function skillIds(names: string[]) {
  return Promise.all(
    names.map(async (name) => (await db.skill.upsert({ where: { name }, create: { name }, update: {} })).id),
  );
}

async function offer(
  key: string,
  enterprise: string,
  skills: string[],
  data: Partial<Prisma.OfferUncheckedCreateInput>,
) {
  const created = await db.offer.create({
    data: {
      enterpriseId: enterprises[enterprise]!,
      title: key,
      description: "…",
      field: "Other",
      city: "Paris",
      country: "FR",
      durationWeeks: 24,
      status: "PUBLISHED",
      publishedAt: new Date(Date.now() - Object.keys(ids).length * DAY),
      ...data,
      skills: { create: (await skillIds(skills)).map((skillId) => ({ skillId })) },
    },
  });
  ids[key] = created.id;
  return created.id;
}

async function caller(role: Parameters<typeof createUser>[0], overrides: Parameters<typeof createUser>[1] = {}) {
  const user = await createUser(role, overrides);
  const row = await db.student.findUnique({ where: { userId: user.id } });
  return {
    studentId: row?.id ?? "",
    headers: { authorization: `Bearer ${await signAccessToken({ id: user.id, role })}` },
  };
}

beforeAll(async () => {
  ids = {};
  universityId = (await db.university.create({ data: { name: "Université Lumière" } })).id;
  for (const name of ["Numeria", "Atelier", "Banque"])
    enterprises[name] = (await db.enterprise.create({ data: { name, slug: name.toLowerCase() } })).id;

  student = await caller("STUDENT", { universityId });
  await db.student.update({ where: { id: student.studentId }, data: { fieldOfStudy: "Software engineering" } });
  await db.studentSkill.createMany({
    data: (await skillIds(["TypeScript", "React", "SQL", "Git", "Docker"])).map((skillId) => ({
      studentId: student.studentId,
      skillId,
    })),
  });
  await db.internshipPreference.create({
    data: {
      studentId: student.studentId,
      fields: ["Software engineering"],
      places: ["Lyon", "Saint-Étienne"],
      remoteModes: ["HYBRID"],
      availableFrom: new Date(iso("2027-02-01")),
      availableTo: new Date(iso("2027-08-31")),
      minStipendMinor: 90_000,
    },
  });

  await offer("Full-stack", "Numeria", ["TypeScript", "React", "SQL", "Git", "Node.js"], {
    field: "Software engineering",
    city: "Lyon",
    remoteMode: "HYBRID",
    startFrom: new Date(iso("2027-03-01")),
    startTo: new Date(iso("2027-04-15")),
    stipendAmountMinor: 120_000,
  });
  await offer("Data analyst", "Atelier", ["SQL", "Python", "Pandas"], {
    field: "Data science",
    city: "saint-etienne",
    stipendAmountMinor: 25_000,
    stipendPeriod: "WEEK",
  });
  await offer("Unrelated", "Banque", ["CATIA"], { field: "Mechanical engineering" });
  await offer("Applied one", "Numeria", ["TypeScript", "Docker"], { field: "Software engineering", city: "Lyon" });
  await offer("Saved design", "Atelier", ["Figma", "React", "Sketch"], {
    field: "Design",
    city: "Nantes",
    remoteMode: "REMOTE",
  });
  await offer("Like the applied one", "Banque", ["TypeScript", "Docker", "Kotlin"], { field: "Software engineering" });
  await offer("Same enterprise", "Numeria", ["Excel"], { field: "Finance", city: "Bordeaux" });
  const perfect = { field: "Software engineering", city: "Lyon", remoteMode: "HYBRID" as const };
  await offer("Closed", "Numeria", ["TypeScript", "React"], { ...perfect, status: "CLOSED" });
  await offer("Expired", "Numeria", ["TypeScript", "React"], { ...perfect, deadline: new Date(Date.now() - DAY) });
  await offer("Draft", "Numeria", ["TypeScript", "React"], { ...perfect, status: "DRAFT", publishedAt: null });

  await db.application.create({
    data: { studentId: student.studentId, offerId: ids["Applied one"]!, status: "SUBMITTED" },
  });
  await db.favourite.create({ data: { studentId: student.studentId, offerId: ids["Saved design"]! } });
  // Another student's history must not count for this one.
  const someoneElse = await caller("STUDENT", { universityId });
  await db.favourite.create({ data: { studentId: someoneElse.studentId, offerId: ids["Unrelated"]! } });
});

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

const get = (studentId: string, headers: Record<string, string>, query = "") =>
  callRoute(recommendations, {
    method: "GET",
    params: { studentId },
    headers,
    path: `/offers/recommendations/${studentId}${query}`,
  });

describe("recommendations for a student", () => {
  it("ranks the open offers not applied to, each with reasons that match the data", async () => {
    const response = await get(student.studentId, student.headers);
    expect(response.status).toBe(200);
    const summary = response.body.items.map((item: { offer: { title: string }; score: number; saved: boolean }) => [
      item.offer.title,
      item.score,
      item.saved,
    ]);
    expect(summary).toEqual([
      ["Full-stack", 93, false],
      ["Like the applied one", 55, false],
      ["Data analyst", 30, false],
      ["Saved design", 12, true],
      ["Same enterprise", 3, false],
    ]);
    expect(response.body.nextCursor).toBeNull();

    const reasons = Object.fromEntries(
      response.body.items.map((item: { offer: { title: string }; reasons: unknown[] }) => [
        item.offer.title,
        item.reasons,
      ]),
    );
    expect(reasons["Full-stack"]).toEqual([
      { code: "skills", values: { matched: 4, total: 5, names: "Git, React, SQL, TypeScript" } },
      { code: "field", values: { field: "Software engineering" } },
      { code: "studyField", values: { field: "Software engineering" } },
      { code: "place", values: { city: "Lyon" } },
      { code: "remote", values: { mode: "HYBRID" } },
      { code: "dates", values: { from: iso("2027-03-01"), to: iso("2027-04-15") } },
      { code: "stipend", values: { amount: 1200, currency: "EUR", period: "MONTH", minimum: 900 } },
      { code: "similar", values: { title: "Applied one", source: "applied" } },
      { code: "enterprise", values: { name: "Numeria" } },
    ]);
    expect(reasons["Like the applied one"]).toEqual([
      { code: "skills", values: { matched: 2, total: 5, names: "Docker, TypeScript" } },
      { code: "field", values: { field: "Software engineering" } },
      { code: "studyField", values: { field: "Software engineering" } },
      { code: "similar", values: { title: "Applied one", source: "applied" } },
    ]);
    expect(reasons["Data analyst"]).toEqual([
      { code: "skills", values: { matched: 1, total: 5, names: "SQL" } },
      { code: "place", values: { city: "saint-etienne" } },
      { code: "stipend", values: { amount: 250, currency: "EUR", period: "WEEK", minimum: 900 } },
      { code: "enterprise", values: { name: "Atelier" } },
    ]);
    expect(reasons["Saved design"]).toEqual([{ code: "skills", values: { matched: 1, total: 5, names: "React" } }]);
    expect(reasons["Same enterprise"]).toEqual([{ code: "enterprise", values: { name: "Numeria" } }]);
    expect(response.body.items[0].offer).toMatchObject({
      id: ids["Full-stack"],
      enterprise: { id: enterprises.Numeria, name: "Numeria" },
      city: "Lyon",
    });
  });

  it("gives the same answer twice, and the best ones first when fewer are asked", async () => {
    const all = await get(student.studentId, student.headers);
    const again = await get(student.studentId, student.headers);
    expect(again.body).toEqual(all.body);
    const two = await get(student.studentId, student.headers, "?limit=2");
    expect(two.body.items).toEqual(all.body.items.slice(0, 2));
  });

  it("follows new skills and preferences at once", async () => {
    const fresh = await caller("STUDENT");
    expect((await get(fresh.studentId, fresh.headers)).body.items).toEqual([]);
    await db.internshipPreference.create({ data: { studentId: fresh.studentId, fields: ["Finance"] } });
    const response = await get(fresh.studentId, fresh.headers);
    expect(response.body.items).toEqual([
      expect.objectContaining({
        offer: expect.objectContaining({ title: "Same enterprise" }),
        score: 15,
        reasons: [{ code: "field", values: { field: "Finance" } }],
      }),
    ]);
  });
});

describe("who may read them", () => {
  it("the student's university admin may; another student, an enterprise or a stranger may not", async () => {
    const admin = await caller("UNIVERSITY_ADMIN", { universityId });
    expect((await get(student.studentId, admin.headers)).status).toBe(200);
    const otherAdmin = await caller("UNIVERSITY_ADMIN");
    expect((await get(student.studentId, otherAdmin.headers)).status).toBe(404);
    const other = await caller("STUDENT", { universityId });
    const peek = await get(student.studentId, other.headers);
    expect(peek.status).toBe(404);
    expect(peek.headers.get("content-type")).toBe("application/problem+json");
    expect((await get(student.studentId, (await caller("ENTERPRISE")).headers)).status).toBe(403);
    expect((await get(student.studentId, {})).status).toBe(401);
    expect((await get("no-such-student", admin.headers)).status).toBe(404);
  });

  it.each(["?limit=0", "?limit=51", "?limit=many"])("a bad limit (%s) is a 400 problem", async (query) => {
    const response = await get(student.studentId, student.headers, query);
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field: "limit" }));
  });
});
