import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { applicationIn, enterpriseWithOffer, memberOf, studentWithCv } from "@/tests/helpers/applications";
import { GET as exportCsv } from "./route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

async function download(headers: Record<string, string>, offerId: string, query = "") {
  const request = new Request(`http://localhost:3000/api/v1/applications/offer/${offerId}/export.csv${query}`, {
    headers: { "x-forwarded-for": "203.0.113.7", ...headers },
  });
  const response = await exportCsv(request, { params: Promise.resolve({ offerId }) });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, text: new TextDecoder().decode(bytes) };
}

/** The rows of a CSV answer (this export never puts a line break inside a cell). */
const rowsOf = (text: string) =>
  text
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter(Boolean);

async function applicants() {
  const mine = await enterpriseWithOffer({ title: "Stage data, Lyon" });
  const university = await db.university.create({ data: { name: "Université Lumière" } });
  const named = async (name: string, status: "SUBMITTED" | "SHORTLISTED" | "REJECTED" | "DRAFT", score: number) => {
    const student = await studentWithCv();
    await db.user.update({ where: { id: student.user.id }, data: { name } });
    await db.student.update({ where: { id: student.studentId }, data: { universityId: university.id } });
    return applicationIn(status, mine.offerId, student.studentId, { matchScore: score });
  };
  await named('=HYPERLINK("http://evil.example","clic")', "SUBMITTED", 80);
  await named("Alice Martin", "SHORTLISTED", 65);
  await named('@Bob, le "meilleur"', "REJECTED", 30);
  await named("Dora Brouillon", "DRAFT", 90);
  return mine;
}

describe("GET /applications/offer/{offerId}/export.csv", () => {
  it("streams a header row and the sent applicants, in the caller's language, formulas neutralised", async () => {
    const mine = await applicants();
    const response = await download(mine.headers, mine.offerId, "?sort=score");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="stage-data-lyon-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    // A byte-order mark first (fetch's text() would hide it).
    expect([...response.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = rowsOf(response.text);
    // The enterprise admin's account is in French (the default).
    expect(rows[0]).toBe("Nom,E-mail,Université,Formation,Statut,Adéquation,Envoyée le,Décision le");
    expect(rows).toHaveLength(4); // the header and three sent applications; never the draft
    expect(rows[1]).toMatch(
      /^"'=HYPERLINK\(""http:\/\/evil\.example"",""clic""\)",[^,]+@example\.test,Université Lumière,,Envoyée,80,\d{4}-\d{2}-\d{2},$/,
    );
    expect(rows[2]).toMatch(/^Alice Martin,.*,Présélectionnée,65,/);
    expect(rows[3]).toMatch(/^"'@Bob, le ""meilleur""",.*,Refusée,30,/);
    expect(response.text).not.toContain("Dora");
  });

  it("applies the list's filters, and writes English for an English-speaking member", async () => {
    const mine = await applicants();
    await db.user.update({ where: { id: mine.user.id }, data: { locale: "en" } });
    const response = await download(mine.headers, mine.offerId, "?status=SUBMITTED,SHORTLISTED&minScore=70");
    const rows = rowsOf(response.text);
    expect(rows[0]).toBe("Name,Email,University,Programme,Status,Match,Sent on,Decided on");
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain(",Sent,80,");
  });

  it("lets a tutor of the enterprise export, and answers another enterprise 404 and a student 403", async () => {
    const mine = await applicants();
    const tutor = await memberOf(mine.enterpriseId, "TUTOR");
    expect((await download(tutor.headers, mine.offerId)).status).toBe(200);
    const other = await enterpriseWithOffer();
    const refused = await download(other.headers, mine.offerId);
    expect(refused.status).toBe(404);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(refused.text).not.toContain("Alice");
    const student = await studentWithCv();
    expect((await download(student.headers, mine.offerId)).status).toBe(403);
    expect((await download({}, mine.offerId)).status).toBe(401);
  });

  it.each([
    ["an unknown status", "?status=HIRED"],
    ["a score above 100", "?minScore=101"],
    ["a malformed day", "?from=12/01/2026"],
    ["an unknown sort", "?sort=age"],
  ])("answers %s with 400 problem+json", async (_name, query) => {
    const mine = await applicants();
    const response = await download(mine.headers, mine.offerId, query);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });
});
