import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { getEnterpriseDashboard } from "@/lib/reports/get-enterprise-dashboard";
import { getUniversityDashboard } from "@/lib/reports/get-university-dashboard";
import ExcelJS from "exceljs";
import { GET as enterpriseExport } from "@/app/api/v1/enterprises/[id]/dashboard/export.csv/route";
import { GET as enterpriseXlsx } from "@/app/api/v1/enterprises/[id]/dashboard/export.xlsx/route";
import { GET as enterpriseRoute } from "@/app/api/v1/enterprises/[id]/dashboard/route";
import { GET as universityExport } from "@/app/api/v1/universities/[id]/dashboard/export.csv/route";
import { GET as universityXlsx } from "@/app/api/v1/universities/[id]/dashboard/export.xlsx/route";
import { GET as universityRoute } from "@/app/api/v1/universities/[id]/dashboard/route";
import { actorOf, bearer, memberOf, offerOf } from "@/tests/helpers/applications";
import { rowCounts } from "@/tests/helpers/row-counts";
import { createUser } from "@/tests/helpers/users";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));
vi.mock("@/inngest/dispatch", () => ({ kickRelay: async () => undefined }));

// A small known world, every figure below computed by hand from it.
//
// University U: Informatique (Master Info "MI", 2 years) and Chimie (Licence Chimie "LC").
//   s1 MI y1, s2 MI y1, s3 MI y2, s4 LC y1, s5 LC y1. University V: v1 (its own program).
// Enterprise E1 (sector Informatique): O1 Lyon, O2 Paris. E2 (sector Chimie): O3 Lyon.
// Applications, sent at T0, then moved at T0 + n days (history):
//   a1 s1→O1 SHORTLISTED+2, INTERVIEW+5, ACCEPTED+10           → ACCEPTED
//   a2 s2→O1 SHORTLISTED+1, REJECTED+3                         → REJECTED (reached shortlisted)
//   a3 s2→O3 SHORTLISTED+1, ACCEPTED+4                         → ACCEPTED
//   a4 s3→O2 (no move)                                         → SUBMITTED
//   a5 s4→O3 INTERVIEW+2, WITHDRAWN+3                          → WITHDRAWN (reached interview)
//   a6 s4→O1 ACCEPTED+6                                        → ACCEPTED
//   a7 s5→O2 never sent                                        → DRAFT (not counted)
//   a8 s5→O3 SHORTLISTED+1, ACCEPTED+2                         → ACCEPTED
//   av v1→O1 SHORTLISTED+1                                     → SHORTLISTED (another university)
// A stage counts every application that went at least that far: a3, accepted without an interview,
// counts as interviewed; a2, rejected after the shortlist, as shortlisted.
// Agreements: ag1 (a1) VALIDATED at T0+20 (10 days after acceptance), 650 €/month, internship ACTIVE;
//   ag3 (a3) VALIDATED at T0+8 (4 days), no stipend, internship COMPLETED; ag6 (a6) SIGNING since 10 days,
//   1 200 €; ag8 (a8) DRAFT created 40 days ago; agv (av, V) VALIDATED, internship ACTIVE (must not count).
// Evaluations (TUTOR_FINAL): i1 autonomy 4, rigour 5; i3 autonomy 3, rigour unanswered.

const DAY = 86_400_000;
const T0 = new Date(Date.now() - 60 * DAY);
const at = (days: number) => new Date(T0.getTime() + days * DAY);
const ago = (days: number) => new Date(Date.now() - days * DAY);

const ids: Record<string, string> = {};
let uAdmin: { id: string; role: string };
let vAdmin: { id: string; role: string };
let e1Admin: { id: string; role: string };
let e2Admin: { id: string; role: string };

async function student(universityId: string, programId: string | null, year: number | null, name: string) {
  const user = await createUser("STUDENT", { universityId });
  await db.user.update({ where: { id: user.id }, data: { name } });
  const row = await db.student.update({ where: { userId: user.id }, data: { programId, yearOfStudy: year } });
  return row.id;
}

async function application(
  studentId: string,
  offerId: string,
  status: ApplicationStatus,
  moves: [ApplicationStatus, number][],
) {
  const sent = status !== "DRAFT";
  const row = await db.application.create({
    data: {
      studentId,
      offerId,
      status,
      submittedAt: sent ? T0 : null,
      decidedAt: ["ACCEPTED", "REJECTED"].includes(status) ? at(moves.at(-1)![1]) : null,
      history: {
        create: [
          ...(sent ? [{ fromStatus: "DRAFT" as const, toStatus: "SUBMITTED" as const, createdAt: T0 }] : []),
          ...moves.map(([toStatus, days]) => ({ toStatus, createdAt: at(days) })),
        ],
      },
    },
  });
  return row.id;
}

const FORM = {
  sections: [
    {
      key: "work",
      title: { fr: "Travail", en: "Work" },
      questions: [
        { key: "autonomy", type: "scale", label: { fr: "Autonomie", en: "Autonomy" }, required: true },
        { key: "rigour", type: "scale", label: { fr: "Rigueur", en: "Rigour" }, required: false },
        { key: "remarks", type: "text", label: { fr: "Remarques", en: "Remarks" }, required: false },
      ],
    },
  ],
};

async function agreement(
  applicationId: string,
  parties: { studentId: string; enterpriseId: string; universityId: string; offerId: string },
  data: {
    status: "DRAFT" | "SIGNING" | "VALIDATED";
    stipend?: number;
    validatedAt?: Date;
    submittedAt?: Date;
    createdAt?: Date;
  },
  internship?: { status: "ACTIVE" | "COMPLETED"; scores?: Record<string, number | string | null> },
) {
  const { offerId, ...base } = parties;
  const dates = { startDate: at(30), endDate: at(150) };
  const row = await db.agreement.create({
    data: {
      ...base,
      ...dates,
      applicationId,
      status: data.status,
      stipendAmountMinor: data.stipend ?? null,
      validatedAt: data.validatedAt ?? null,
      submittedAt: data.submittedAt ?? null,
      ...(data.createdAt && { createdAt: data.createdAt }),
    },
  });
  if (!internship) return;
  const created = await db.internship.create({
    data: { ...base, ...dates, agreementId: row.id, offerId, status: internship.status },
  });
  if (internship.scores) {
    await db.internshipEvaluation.create({
      data: {
        internshipId: created.id,
        kind: "TUTOR",
        period: "FINAL",
        formKind: "TUTOR_FINAL",
        formVersion: 0,
        form: FORM,
        scores: internship.scores,
      },
    });
  }
}

beforeAll(async () => {
  const U = (await db.university.create({ data: { name: "Université U" } })).id;
  const V = (await db.university.create({ data: { name: "Université V" } })).id;
  const info = await db.department.create({ data: { universityId: U, name: "Informatique" } });
  const chem = await db.department.create({ data: { universityId: U, name: "Chimie" } });
  const vDep = await db.department.create({ data: { universityId: V, name: "Physique" } });
  const MI = (await db.program.create({ data: { departmentId: info.id, name: "Master Info", years: 2 } })).id;
  const LC = (await db.program.create({ data: { departmentId: chem.id, name: "Licence Chimie" } })).id;
  const VP = (await db.program.create({ data: { departmentId: vDep.id, name: "Licence Physique" } })).id;
  Object.assign(ids, { U, V, MI, LC, VP, info: info.id, chem: chem.id });

  uAdmin = await createUser("UNIVERSITY_ADMIN", { universityId: U });
  await db.user.update({ where: { id: uAdmin.id }, data: { locale: "fr" } });
  vAdmin = await createUser("UNIVERSITY_ADMIN", { universityId: V });
  e1Admin = await createUser("ENTERPRISE");
  e2Admin = await createUser("ENTERPRISE");
  await db.user.update({ where: { id: e1Admin.id }, data: { locale: "en" } });
  const E1 = (await db.enterpriseMember.findFirstOrThrow({ where: { userId: e1Admin.id } })).enterpriseId;
  const E2 = (await db.enterpriseMember.findFirstOrThrow({ where: { userId: e2Admin.id } })).enterpriseId;
  await db.enterprise.update({ where: { id: E1 }, data: { name: "Alpha Soft", sector: "Informatique" } });
  await db.enterprise.update({ where: { id: E2 }, data: { name: "Beta Chimie", sector: "Chimie" } });
  const O1 = await offerOf(E1, { title: "Stage Lyon", city: "Lyon", publishedAt: at(-2) });
  const O2 = await offerOf(E1, { title: "Stage Paris", city: "Paris", publishedAt: at(-1) });
  const O3 = await offerOf(E2, { title: "Stage chimie", city: "Lyon" });
  Object.assign(ids, { E1, E2, O1, O2, O3 });

  const s1 = await student(U, MI, 1, "Alice");
  const s2 = await student(U, MI, 1, "Bruno");
  const s3 = await student(U, MI, 2, "Chloé");
  const s4 = await student(U, LC, 1, "David");
  const s5 = await student(U, LC, 1, "Emma");
  const v1 = await student(V, VP, 1, "Victor");

  const a1 = await application(s1, O1, "ACCEPTED", [
    ["SHORTLISTED", 2],
    ["INTERVIEW", 5],
    ["ACCEPTED", 10],
  ]);
  await application(s2, O1, "REJECTED", [
    ["SHORTLISTED", 1],
    ["REJECTED", 3],
  ]);
  const a3 = await application(s2, O3, "ACCEPTED", [
    ["SHORTLISTED", 1],
    ["ACCEPTED", 4],
  ]);
  await application(s3, O2, "SUBMITTED", []);
  await application(s4, O3, "WITHDRAWN", [
    ["INTERVIEW", 2],
    ["WITHDRAWN", 3],
  ]);
  const a6 = await application(s4, O1, "ACCEPTED", [["ACCEPTED", 6]]);
  await application(s5, O2, "DRAFT", []);
  const a8 = await application(s5, O3, "ACCEPTED", [
    ["SHORTLISTED", 1],
    ["ACCEPTED", 2],
  ]);
  const av = await application(v1, O1, "SHORTLISTED", [["SHORTLISTED", 1]]);

  const inU = (studentId: string, enterpriseId: string, offerId: string) => ({
    studentId,
    enterpriseId,
    universityId: U,
    offerId,
  });
  await agreement(
    a1,
    inU(s1, E1, O1),
    { status: "VALIDATED", stipend: 65_000, validatedAt: at(20) },
    {
      status: "ACTIVE",
      scores: { autonomy: 4, rigour: 5, remarks: "Très bien" },
    },
  );
  await agreement(
    a3,
    inU(s2, E2, O3),
    { status: "VALIDATED", validatedAt: at(8) },
    {
      status: "COMPLETED",
      scores: { autonomy: 3, rigour: null, remarks: "Bien" },
    },
  );
  await agreement(a6, inU(s4, E1, O1), { status: "SIGNING", stipend: 120_000, submittedAt: ago(10) });
  await agreement(a8, inU(s5, E2, O3), { status: "DRAFT", createdAt: ago(40) });
  await agreement(
    av,
    { studentId: v1, enterpriseId: E1, universityId: V, offerId: O1 },
    { status: "VALIDATED", stipend: 200_000, validatedAt: at(5) },
    { status: "ACTIVE", scores: { autonomy: 1, rigour: 1 } },
  );
});

describe("getUniversityDashboard", () => {
  it("gives each figure of the whole university as computed by hand", async () => {
    const d = await getUniversityDashboard(await actorOf(uAdmin.id), ids.U);
    expect(d.placementRate).toEqual({ students: 5, placed: 2, rate: 0.4 });
    expect(d.placement).toEqual([
      { programId: ids.LC, program: "Licence Chimie", year: 1, students: 2, placed: 0, rate: 0 },
      { programId: ids.MI, program: "Master Info", year: 1, students: 2, placed: 2, rate: 1 },
      { programId: ids.MI, program: "Master Info", year: 2, students: 1, placed: 0, rate: 0 },
    ]);
    expect(d.funnel).toEqual({ applied: 7, shortlisted: 6, interviewed: 5, accepted: 4 });
    expect(d.internshipsBy.enterprise).toEqual(
      expect.arrayContaining([
        { id: ids.E1, label: "Alpha Soft", count: 1 },
        { id: ids.E2, label: "Beta Chimie", count: 1 },
      ]),
    );
    expect(d.internshipsBy.enterprise).toHaveLength(2);
    expect(d.internshipsBy.sector.map((r) => [r.label, r.count]).sort()).toEqual([
      ["Chimie", 1],
      ["Informatique", 1],
    ]);
    expect(d.internshipsBy.city).toEqual([{ id: null, label: "Lyon", count: 2 }]);
    expect(d.internshipsBy.program).toEqual([{ id: ids.MI, label: "Master Info", count: 2 }]);
    expect(d.stipends).toEqual([
      { currency: "EUR", bucket: "none", count: 1 },
      { currency: "EUR", bucket: "600to799", count: 1 },
    ]);
    expect(d.signingTime).toEqual({ agreements: 2, medianDays: 7 });
    expect(d.agreementsWaiting).toEqual([
      {
        status: "DRAFT",
        count: 1,
        medianDays: 40,
        oldestDays: 40,
        waited: { under7: 0, "7to13": 0, "14to29": 0, "30plus": 1 },
      },
      {
        status: "SIGNING",
        count: 1,
        medianDays: 10,
        oldestDays: 10,
        waited: { under7: 0, "7to13": 1, "14to29": 0, "30plus": 0 },
      },
    ]);
    expect(d.evaluations).toEqual([
      {
        formKind: "TUTOR_FINAL",
        criterion: "autonomy",
        label: { fr: "Autonomie", en: "Autonomy" },
        average: 3.5,
        answers: 2,
      },
      { formKind: "TUTOR_FINAL", criterion: "rigour", label: { fr: "Rigueur", en: "Rigour" }, average: 5, answers: 1 },
    ]);
  });

  it("narrows every figure to the program, department and year chosen", async () => {
    const admin = await actorOf(uAdmin.id);
    const mi = await getUniversityDashboard(admin, ids.U, { program: ids.MI });
    expect(mi.placementRate).toEqual({ students: 3, placed: 2, rate: 0.667 });
    expect(mi.funnel).toEqual({ applied: 4, shortlisted: 3, interviewed: 2, accepted: 2 });
    expect(mi.agreementsWaiting).toEqual([]);
    expect(mi.signingTime).toEqual({ agreements: 2, medianDays: 7 });

    const chem = await getUniversityDashboard(admin, ids.U, { department: ids.chem });
    expect(chem.placementRate).toEqual({ students: 2, placed: 0, rate: 0 });
    expect(chem.funnel).toEqual({ applied: 3, shortlisted: 3, interviewed: 3, accepted: 2 });
    expect(chem.agreementsWaiting.map((r) => [r.status, r.count])).toEqual([
      ["DRAFT", 1],
      ["SIGNING", 1],
    ]);
    expect(chem.internshipsBy.enterprise).toEqual([]);
    expect(chem.evaluations).toEqual([]);
    expect(chem.signingTime).toEqual({ agreements: 0, medianDays: null });

    const year2 = await getUniversityDashboard(admin, ids.U, { year: "2" });
    expect(year2.placement).toEqual([
      { programId: ids.MI, program: "Master Info", year: 2, students: 1, placed: 0, rate: 0 },
    ]);
    expect(year2.funnel).toEqual({ applied: 1, shortlisted: 0, interviewed: 0, accepted: 0 });
  });
});

describe("getEnterpriseDashboard", () => {
  it("gives each offer's figures, the pipeline and the applicants' schools", async () => {
    const d = await getEnterpriseDashboard(await actorOf(e1Admin.id), ids.E1);
    expect(d.viewsTracked).toBe(false);
    // Newest offer first.
    expect(d.offers).toEqual([
      expect.objectContaining({
        id: ids.O2,
        applications: 1,
        shortlisted: 0,
        accepted: 0,
        medianHoursToFirstAnswer: null,
        medianDaysToHire: null,
      }),
      expect.objectContaining({
        id: ids.O1,
        applications: 4,
        shortlisted: 4,
        interviewed: 2,
        accepted: 2,
        rejected: 1,
        withdrawn: 0,
        views: null,
        conversion: { shortlisted: 1, interviewed: 0.5, accepted: 0.5 },
        medianHoursToFirstAnswer: 36,
        medianDaysToHire: 8,
      }),
    ]);
    expect(d.pipeline).toEqual({ ACCEPTED: 2, REJECTED: 1, SHORTLISTED: 1, SUBMITTED: 1 });
    expect(d.schools).toEqual([
      { id: ids.U, label: "Université U", applications: 4, students: 4 },
      { id: ids.V, label: "Université V", applications: 1, students: 1 },
    ]);
  });

  it("narrows to one offer", async () => {
    const d = await getEnterpriseDashboard(await actorOf(e1Admin.id), ids.E1, { offer: ids.O2 });
    expect(d.offers.map((o) => o.id)).toEqual([ids.O2]);
    expect(d.pipeline).toEqual({ SUBMITTED: 1 });
    expect(d.schools).toEqual([{ id: ids.U, label: "Université U", applications: 1, students: 1 }]);
  });
});

type Route = (request: Request, route: { params: Promise<{ id: string }> }) => Promise<Response>;
async function call(route: Route, id: string, user: { id: string; role: string } | null, query = "") {
  await db.rateLimit.deleteMany();
  const headers: Record<string, string> = { "x-forwarded-for": "203.0.113.12", ...(user ? await bearer(user) : {}) };
  const response = await route(new Request(`http://localhost:3000/api/v1/x/${id}/dashboard?${query}`, { headers }), {
    params: Promise.resolve({ id }),
  });
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    text: await response.text(),
    headers: response.headers,
  };
}

describe("GET /universities/{id}/dashboard", () => {
  it("answers the university's admin, with the filters applied", async () => {
    const answer = await call(universityRoute, ids.U, uAdmin, `program=${ids.MI}&year=1`);
    expect(answer.status).toBe(200);
    const body = JSON.parse(answer.text);
    expect(body.placementRate).toEqual({ students: 2, placed: 2, rate: 1 });
    expect(body.funnel).toEqual({ applied: 3, shortlisted: 3, interviewed: 2, accepted: 2 });
  });

  it("is unknown to another university's admin and refused to the others, showing none of the figures", async () => {
    const other = await call(universityRoute, ids.U, vAdmin);
    expect(other.status).toBe(404);
    expect(other.text).not.toContain("Master Info");
    const supervisor = await createUser("UNIVERSITY_SUPERVISOR", { universityId: ids.U });
    expect((await call(universityRoute, ids.U, supervisor)).status).toBe(403);
    expect((await call(universityRoute, ids.U, e1Admin)).status).toBe(403);
    expect((await call(universityRoute, ids.U, null)).status).toBe(401);
  });

  it.each([
    ["year=0", "year"],
    ["year=abc", "year"],
    ["year=1.5", "year"],
    ["program=nope", "program"],
    ["department=nope", "department"],
    ["program=VP", "program"],
    [`program=${"x".repeat(41)}`, "program"],
  ])("refuses ?%s with a problem naming %s, writing nothing", async (query, name) => {
    const before = await rowCounts();
    const answer = await call(universityRoute, ids.U, uAdmin, query.replace("VP", ids.VP));
    expect(answer.status).toBe(400);
    expect(answer.type).toContain("application/problem+json");
    expect(JSON.parse(answer.text).errors.map((e: { field: string }) => e.field)).toContain(name);
    expect(await rowCounts()).toEqual(before);
  });
});

describe("GET /enterprises/{id}/dashboard", () => {
  it("answers its members and is unknown to another enterprise", async () => {
    const recruiter = await memberOf(ids.E1, "RECRUITER");
    const own = await call(enterpriseRoute, ids.E1, recruiter.user);
    expect(own.status).toBe(200);
    expect(JSON.parse(own.text).offers).toHaveLength(2);
    const other = await call(enterpriseRoute, ids.E1, e2Admin);
    expect(other.status).toBe(404);
    expect(other.text).not.toContain("Stage Lyon");
    expect((await call(enterpriseRoute, ids.E1, uAdmin)).status).toBe(403);
    expect((await call(enterpriseRoute, ids.E1, null)).status).toBe(401);
  });

  it("refuses an offer of another enterprise as a filter, writing nothing", async () => {
    const before = await rowCounts();
    const answer = await call(enterpriseRoute, ids.E1, e1Admin, `offer=${ids.O3}`);
    expect(answer.status).toBe(400);
    expect(answer.type).toContain("application/problem+json");
    expect(await rowCounts()).toEqual(before);
  });
});

const csvLines = (text: string) =>
  text
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");

describe("dashboard exports", () => {
  it("holds exactly the filtered rows of the table, in the admin's language", async () => {
    const answer = await call(universityExport, ids.U, uAdmin, `table=placement&program=${ids.MI}`);
    expect(answer.status).toBe(200);
    expect(answer.type).toContain("text/csv");
    expect(answer.headers.get("content-disposition")).toContain("university-placement.csv");
    expect(csvLines(answer.text)).toEqual([
      "Formation,Année d’études,Étudiants,Placés,Taux de placement",
      "Master Info,1,2,2,1",
      "Master Info,2,1,0,0",
    ]);
    const waiting = await call(universityExport, ids.U, uAdmin, `table=agreementsWaiting&department=${ids.chem}`);
    expect(
      csvLines(waiting.text)
        .slice(1)
        .map((line) => line.split(",").slice(0, 2)),
    ).toEqual([
      ["En rédaction", "1"],
      ["En signature", "1"],
    ]);
  });

  it("exports an enterprise's table in its member's language", async () => {
    const answer = await call(enterpriseExport, ids.E1, e1Admin, "table=schools");
    expect(csvLines(answer.text)).toEqual(["School,Applications,Students", "Université U,4,4", "Université V,1,1"]);
    expect((await call(enterpriseExport, ids.E1, e2Admin, "table=schools")).status).toBe(404);
  });

  it("refuses an unknown table and is refused to another university", async () => {
    const before = await rowCounts();
    const bad = await call(universityExport, ids.U, uAdmin, "table=students");
    expect(bad.status).toBe(400);
    expect(bad.type).toContain("application/problem+json");
    expect((await call(universityExport, ids.U, uAdmin, "table=")).status).toBe(400);
    expect(csvLines((await call(universityExport, ids.U, uAdmin, "")).text)[0]).toBe(
      "Formation,Année d’études,Étudiants,Placés,Taux de placement",
    );
    expect((await call(universityExport, ids.U, vAdmin, "table=placement")).status).toBe(404);
    expect(await rowCounts()).toEqual(before);
  });
});

/** Opens an XLSX answer with exceljs and gives its first sheet's cells (values as exceljs reads them). */
async function sheetOf(route: Route, id: string, user: { id: string; role: string }, query: string) {
  await db.rateLimit.deleteMany();
  const headers = { "x-forwarded-for": "203.0.113.12", ...(await bearer(user)) };
  const response = await route(new Request(`http://localhost:3000/api/v1/x/${id}/dashboard?${query}`, { headers }), {
    params: Promise.resolve({ id }),
  });
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { response, sheet, rows };
}

describe("dashboard exports as XLSX", () => {
  it("holds the CSV's filtered rows, numbers as numbers and rates as percentages", async () => {
    const { response, sheet, rows } = await sheetOf(universityXlsx, ids.U, uAdmin, `table=placement&program=${ids.MI}`);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(response.headers.get("content-disposition")).toContain("university-placement.xlsx");
    expect(sheet.name).toBe("university-placement");
    expect(rows).toEqual([
      ["Formation", "Année d’études", "Étudiants", "Placés", "Taux de placement"],
      ["Master Info", 1, 2, 2, 1],
      ["Master Info", 2, 1, 0, 0],
    ]);
    expect(sheet.getCell("E2").numFmt).toBe("0.0%");
    expect(sheet.getCell("C2").numFmt ?? "General").not.toContain("%");
  });

  it("exports an enterprise's table in its member's language", async () => {
    const { rows } = await sheetOf(enterpriseXlsx, ids.E1, e1Admin, "table=schools");
    expect(rows).toEqual([
      ["School", "Applications", "Students"],
      ["Université U", 4, 4],
      ["Université V", 1, 1],
    ]);
  });

  it("refuses an unknown table and another university, writing nothing", async () => {
    const before = await rowCounts();
    const bad = await call(universityXlsx, ids.U, uAdmin, "table=students");
    expect(bad.status).toBe(400);
    expect(bad.type).toContain("application/problem+json");
    expect((await call(universityXlsx, ids.U, vAdmin, "table=placement")).status).toBe(404);
    expect((await call(enterpriseXlsx, ids.E1, e2Admin, "table=schools")).status).toBe(404);
    expect(await rowCounts()).toEqual(before);
  });
});
