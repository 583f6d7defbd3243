import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { signAccessToken } from "@/lib/identity/access-token";
import { rowCounts } from "@/tests/helpers/row-counts";
import { createUser } from "@/tests/helpers/users";
import { POST as importRoute } from "./[id]/students/import/route";
import { GET as studentsRoute } from "./[id]/students/route";
import { GET as departmentsRoute } from "./[id]/departments/route";
import { GET as supervisorsRoute } from "./[id]/supervisors/route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));
vi.mock("@/inngest/dispatch", () => ({ kickRelay: async () => undefined }));

type Route = (request: Request, route: { params: Promise<{ id: string }> }) => Promise<Response>;
const bearer = async (user: { id: string; role: string }) => ({
  authorization: `Bearer ${await signAccessToken(user)}`,
});

async function call(
  route: Route,
  id: string,
  init: { headers: Record<string, string>; query?: string; body?: BodyInit; method?: string },
) {
  await db.rateLimit.deleteMany();
  const request = new Request(
    `http://localhost:3000/api/v1/universities/${id}/x${init.query ? `?${init.query}` : ""}`,
    {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: { "x-forwarded-for": "203.0.113.9", ...init.headers },
      body: init.body,
    },
  );
  const response = await route(request, { params: Promise.resolve({ id }) });
  const text = await response.text();
  return { status: response.status, type: response.headers.get("content-type"), body: text ? JSON.parse(text) : null };
}

let universityId: string;
let admin: Record<string, string>;
let masterId: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  universityId = (await db.university.create({ data: { name: "Université des Tests" } })).id;
  const info = await db.department.create({ data: { universityId, name: "Informatique" } });
  const chem = await db.department.create({ data: { universityId, name: "Chimie" } });
  masterId = (await db.program.create({ data: { departmentId: info.id, name: "Master Informatique", years: 2 } })).id;
  await db.program.create({ data: { departmentId: chem.id, name: "Licence Chimie", level: "BACHELOR", years: 3 } });
  admin = await bearer(await createUser("UNIVERSITY_ADMIN", { universityId }));
});

const text = (body: string) => ({ "content-type": "text/csv" as const, body });

describe("POST /universities/{id}/students/import", () => {
  it("previews with dryRun=true (a BOM and ; separators read), imports, then changes nothing the second time", async () => {
    const file =
      "\uFEFFemail;prénom;nom;matricule;formation;année\r\n" +
      "alice@example.test;Alice;Martin;M-1;Master Informatique;1\r\n" +
      "bruno@example.test;Bruno;Petit;M-2;Licence Chimie;2\r\n" +
      "chloe@example.test;Chloé;Roux;M-3;Master Informatique;2\r\n";
    const before = await rowCounts();
    const dry = await call(importRoute, universityId, {
      headers: { ...admin, "content-type": "text/csv" },
      query: "dryRun=true",
      body: file,
    });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ valid: true, separator: ";", counts: { INVITE: 3 }, errors: [] });
    expect(await rowCounts()).toEqual(before);

    const form = new FormData();
    form.set("file", new File([file], "liste.csv", { type: "text/csv" }));
    const done = await call(importRoute, universityId, { headers: admin, body: form });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ imported: true, counts: { INVITE: 3, LINK: 0, UPDATE: 0, UNCHANGED: 0 } });
    expect(
      await db.emailMessage.count({
        where: { to: { in: ["alice@example.test", "bruno@example.test", "chloe@example.test"] } },
      }),
    ).toBe(3);

    const after = await rowCounts();
    const again = await call(importRoute, universityId, {
      headers: { ...admin, "content-type": "text/csv" },
      body: file,
    });
    expect(again.body.counts).toEqual({ INVITE: 0, LINK: 0, UPDATE: 0, UNCHANGED: 3 });
    expect(await rowCounts()).toEqual(after);
    for (const row of again.body.rows as { email: string; studentId: string }[]) ids[row.email] = row.studentId;
  });

  it("answers a wrong file with 400 problem+json naming line, column and reason, and writes nothing", async () => {
    const before = await rowCounts();
    const answer = await call(importRoute, universityId, {
      headers: { ...admin, "content-type": "text/csv" },
      body: "email,first name,last name,year\nok@example.test,Ok,Row,1\nbad,,Row,x\n",
    });
    expect(answer.status).toBe(400);
    expect(answer.type).toBe("application/problem+json");
    expect(answer.body.errors).toEqual([
      { field: "rows.3.firstName", code: "required", message: "This field is required." },
      { field: "rows.3.email", code: "email", message: "Enter a valid e-mail address." },
      { field: "rows.3.year", code: "rosterYear", message: "Give the year of study as a whole number from 1 to 8." },
    ]);
    expect(await rowCounts()).toEqual(before);
  });

  it.each([
    ["NUL bytes", text("email,first name,last name\nx@example.test,A\u0000,B\n"), 400],
    [
      "binary bytes",
      { "content-type": "application/octet-stream", body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]) },
      400,
    ],
    ["a file over 1 MB", text("email,first name,last name\n" + "x".repeat(1024 * 1024)), 413],
    ["an empty body", text(""), 400],
    [
      "Latin-1 text",
      { "content-type": "text/csv", body: new Uint8Array([0x65, 0x6d, 0x61, 0x69, 0x6c, 0xe9, 0x0a]) },
      400,
    ],
    ["a multipart form without a file", { "content-type": "multipart/form-data; boundary=x", body: "--x--\r\n" }, 400],
  ] as const)("refuses %s with a 4xx problem, as a preview or an import, writing nothing", async (_, input, status) => {
    const before = await rowCounts();
    for (const query of ["dryRun=true", undefined]) {
      const answer = await call(importRoute, universityId, {
        headers: { ...admin, "content-type": input["content-type"] },
        query,
        body: input.body as BodyInit,
      });
      expect([answer.status, answer.type]).toEqual([status, "application/problem+json"]);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("previews a file whose header names no known column as invalid, and refuses to import it", async () => {
    const json = { headers: { ...admin, "content-type": "application/json" }, body: '{"email":"x@example.test"}' };
    const dry = await call(importRoute, universityId, { ...json, query: "dryRun=true" });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ valid: false, rows: [] });
    expect((dry.body.errors as { line: number; column: string }[]).map((e) => [e.line, e.column])).toEqual([
      [1, "email"],
      [1, "firstName"],
      [1, "lastName"],
    ]);
    const answer = await call(importRoute, universityId, json);
    expect([answer.status, answer.type]).toEqual([400, "application/problem+json"]);
  });
});

describe("GET /universities/{id}/students", () => {
  beforeAll(async () => {
    // Chloé is in an internship, Bruno has applied; Alice has done nothing yet.
    const enterpriseUser = await createUser("ENTERPRISE");
    const { enterpriseId } = await db.enterpriseMember.findFirstOrThrow({ where: { userId: enterpriseUser.id } });
    const offer = await db.offer.create({
      data: {
        enterpriseId,
        title: "Stage",
        description: "Une mission.",
        field: "IT",
        city: "Lyon",
        country: "FR",
        durationWeeks: 20,
        status: "PUBLISHED",
      },
    });
    await db.application.create({
      data: { offerId: offer.id, studentId: ids["bruno@example.test"]!, status: "SUBMITTED" },
    });
    const application = await db.application.create({
      data: { offerId: offer.id, studentId: ids["chloe@example.test"]!, status: "ACCEPTED" },
    });
    const dates = {
      studentId: ids["chloe@example.test"]!,
      enterpriseId,
      universityId,
      startDate: new Date(),
      endDate: new Date(Date.now() + 90 * 86400_000),
    };
    const agreement = await db.agreement.create({
      data: { ...dates, applicationId: application.id, status: "VALIDATED" },
    });
    await db.internship.create({ data: { ...dates, agreementId: agreement.id, status: "ACTIVE" } });
  });

  const names = async (query: string) => {
    const answer = await call(studentsRoute, universityId, { headers: admin, query });
    expect(answer.status).toBe(200);
    return (answer.body.items as { name: string }[]).map((item) => item.name);
  };

  it("searches by name, e-mail or number and filters by program, year and standing", async () => {
    expect(await names("")).toEqual(["Alice Martin", "Bruno Petit", "Chloé Roux"]);
    expect(await names("q=petit")).toEqual(["Bruno Petit"]);
    expect(await names("q=chloe%40")).toEqual(["Chloé Roux"]);
    expect(await names("q=M-1")).toEqual(["Alice Martin"]);
    expect(await names(`programId=${masterId}`)).toEqual(["Alice Martin", "Chloé Roux"]);
    expect(await names(`programId=${masterId}&year=2`)).toEqual(["Chloé Roux"]);
    expect(await names("standing=IN_INTERNSHIP")).toEqual(["Chloé Roux"]);
    expect(await names("standing=APPLYING")).toEqual(["Bruno Petit"]);
    expect(await names("standing=NONE")).toEqual(["Alice Martin"]);
    expect(await names("standing=COMPLETED")).toEqual([]);
    const page = await call(studentsRoute, universityId, { headers: admin, query: "limit=2" });
    expect(page.body.items).toHaveLength(2);
    const next = await call(studentsRoute, universityId, {
      headers: admin,
      query: `limit=2&cursor=${page.body.nextCursor}`,
    });
    expect((next.body.items as { name: string }[]).map((item) => item.name)).toEqual(["Chloé Roux"]);
    expect((await call(studentsRoute, universityId, { headers: admin, query: "standing=LOST" })).status).toBe(400);
  });

  it("shows a supervisor only the students assigned to them, and another university's staff nothing", async () => {
    const supervisorUser = await createUser("UNIVERSITY_SUPERVISOR", { universityId });
    const staff = await db.universityStaff.findUniqueOrThrow({ where: { userId: supervisorUser.id } });
    await db.internship.updateMany({
      where: { studentId: ids["chloe@example.test"] },
      data: { supervisorId: staff.id },
    });
    const supervisor = await bearer(supervisorUser);
    const mine = await call(studentsRoute, universityId, { headers: supervisor });
    expect((mine.body.items as { name: string }[]).map((item) => item.name)).toEqual(["Chloé Roux"]);

    const otherUniversity = (await db.university.create({ data: { name: "Ailleurs" } })).id;
    for (const role of ["UNIVERSITY_ADMIN", "UNIVERSITY_SUPERVISOR"] as const) {
      const outsider = await bearer(await createUser(role, { universityId: otherUniversity }));
      for (const route of [studentsRoute, departmentsRoute, supervisorsRoute] as Route[]) {
        const answer = await call(route, universityId, { headers: outsider });
        expect([answer.status, answer.type]).toEqual([404, "application/problem+json"]);
      }
    }
    for (const role of ["STUDENT", "ENTERPRISE"] as const) {
      const answer = await call(studentsRoute, universityId, {
        headers: await bearer(await createUser(role, { universityId })),
      });
      expect(answer.status).toBe(403);
    }
  });
});
