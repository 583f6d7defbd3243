import { extractText } from "unpdf";
import { describe, expect, it, vi } from "vitest";
import { GET as pdfRoute } from "@/app/api/v1/agreements/[id]/pdf/route";
import { GET as getRoute, PUT as updateRoute } from "@/app/api/v1/agreements/[id]/route";
import { db } from "@/lib/core/db";
import { agreementWorld } from "@/tests/helpers/agreements";
import { callRoute } from "@/tests/helpers/call-route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

const put = (id: string, body: unknown, headers: Record<string, string>) =>
  callRoute(updateRoute, { method: "PUT", params: { id }, body, headers });
const stored = async (id: string) =>
  (await db.agreement.findUniqueOrThrow({ where: { id }, select: { insurance: true, updatedAt: true } })).insurance;
const history = (entityId: string) =>
  db.auditLog.findMany({ where: { entityId, action: "agreement.field-changed" }, orderBy: { createdAt: "asc" } });

describe("the intern's insurance on the agreement", () => {
  it("is written in the draft by a party, kept in the history, shown by GET and printed in the PDF", async () => {
    const w = await agreementWorld();
    const answer = await put(w.id, { insurance: "  MAIF, contrat 1234567 " }, w.student.headers);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ insurance: "MAIF, contrat 1234567" });
    expect(await stored(w.id)).toBe("MAIF, contrat 1234567");
    const changes = await history(w.id);
    expect(changes.map((c) => [c.before, c.after])).toEqual([
      [{ insurance: null }, { insurance: "MAIF, contrat 1234567" }],
    ]);
    const read = await callRoute(getRoute, { method: "GET", params: { id: w.id }, headers: w.enterprise.headers });
    expect(read.body).toMatchObject({ insurance: "MAIF, contrat 1234567" });

    const pdf = await pdfRoute(
      new Request(`http://localhost:3000/api/v1/agreements/${w.id}/pdf`, { headers: w.student.headers }),
      {
        params: Promise.resolve({ id: w.id }),
      },
    );
    const text = (await extractText(new Uint8Array(await pdf.arrayBuffer()), { mergePages: true })).text.replace(
      /\s+/g,
      " ",
    );
    expect(text).toContain("Assurance responsabilité civile du stagiaire");
    expect(text).toContain("MAIF, contrat 1234567");

    // Cleared with an empty text; the same text again changes nothing.
    expect((await put(w.id, { insurance: "" }, w.enterprise.headers)).body).toMatchObject({ insurance: null });
    expect(await stored(w.id)).toBeNull();
    expect((await put(w.id, { insurance: null }, w.student.headers)).status).toBe(200);
    expect(await history(w.id)).toHaveLength(2);
  });

  it("refuses an insurance without the insurer or the policy number, or too long, with the field's reason and nothing written", async () => {
    const w = await agreementWorld();
    expect((await put(w.id, { insurance: "AXA 998877" }, w.student.headers)).status).toBe(200);
    const before = await db.agreement.findUniqueOrThrow({ where: { id: w.id } });
    const cases: [unknown, string][] = [
      ["MAIF", "insuranceInsurerAndPolicy"],
      ["1234567", "insuranceInsurerAndPolicy"],
      [`MAIF ${"1".repeat(300)}`, "tooLong"],
      [{ insurer: "MAIF" }, ""],
    ];
    for (const [insurance, reason] of cases) {
      const answer = await put(w.id, { insurance }, w.student.headers);
      expect(answer.status, JSON.stringify(insurance)).toBe(400);
      expect(answer.headers.get("content-type")).toBe("application/problem+json");
      const errors = (answer.body as { errors: { field: string; code: string }[] }).errors;
      // An object is refused before any field is read (the body's shape).
      if (reason)
        expect(errors, JSON.stringify(insurance)).toContainEqual(
          expect.objectContaining({ field: "insurance", code: reason }),
        );
    }
    expect(await db.agreement.findUniqueOrThrow({ where: { id: w.id } })).toEqual(before);
    expect(await history(w.id)).toHaveLength(1);
  });

  it("is changed only while the agreement can change, and a change while it is being signed voids the signatures", async () => {
    const w = await agreementWorld({ submit: true });
    const answer = await put(w.id, { insurance: "MAIF, contrat 1234567" }, w.enterprise.headers);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: "DRAFT", insurance: "MAIF, contrat 1234567" });
    await db.agreement.update({ where: { id: w.id }, data: { status: "CANCELLED" } });
    const refused = await put(w.id, { insurance: "AXA 998877" }, w.student.headers);
    expect(refused.status).toBe(409);
    expect(await stored(w.id)).toBe("MAIF, contrat 1234567");
  });
});
