import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST as proposeRoute } from "@/app/api/v1/agreements/[id]/amendments/route";
import { POST as signAmendmentRoute } from "@/app/api/v1/agreements/[id]/amendments/[amendmentId]/sign/route";
import { PUT as updateRoute } from "@/app/api/v1/agreements/[id]/route";
import { POST as signRoute } from "@/app/api/v1/agreements/[id]/sign/route";
import { POST as submitRoute } from "@/app/api/v1/agreements/[id]/submit/route";
import { forgetRenderings } from "@/lib/agreements/agreement-pdf";
import { signAgreement } from "@/lib/agreements/sign-agreement";
import { db } from "@/lib/core/db";
import type { AppError } from "@/lib/core/errors";
import { translator } from "@/lib/core/translator";
import { agreementWorld } from "@/tests/helpers/agreements";
import { settleWorkflows } from "@/tests/helpers/applications";
import { callRoute } from "@/tests/helpers/call-route";
import { PASSWORD } from "@/tests/helpers/users";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

// Counts the renderings that really happen (those kept in memory are not renderings).
const rendered = vi.hoisted(() => ({ count: 0 }));
vi.mock("@react-pdf/renderer", async (importOriginal) => {
  const original = await importOriginal<typeof import("@react-pdf/renderer")>();
  return {
    ...original,
    renderToBuffer: (...args: Parameters<typeof original.renderToBuffer>) => {
      rendered.count += 1;
      return original.renderToBuffer(...args);
    },
  };
});

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

type Headers = Record<string, string>;

const world = () => agreementWorld({ submit: true });

const sign = (id: string, headers: Headers, extra: Record<string, unknown> = {}) =>
  callRoute(signRoute, {
    params: { id },
    body: { password: PASSWORD, typedName: "Signer Name", consent: true, ...extra },
    headers,
  });
const contentSha256 = async (id: string) =>
  (await db.agreement.findUniqueOrThrow({ where: { id }, select: { contentSha256: true } })).contentSha256!;
const signedSteps = (agreementId: string) => db.agreementStep.count({ where: { agreementId, status: "SIGNED" } });
const audits = (entityId: string) => db.auditLog.count({ where: { entityId } });

describe("signing what one read", () => {
  it("signs when the hash read is the document's, and refuses with a reason to read it again once it changed", async () => {
    const w = await world();
    const read = await contentSha256(w.id);
    expect((await sign(w.id, w.student.headers, { documentSha256: read })).status).toBe(200);

    // The enterprise opens the page; meanwhile the student changes the place (the signature is
    // voided) and submits again: a new document, with a new hash.
    const enterpriseRead = await contentSha256(w.id);
    const changed = await callRoute(updateRoute, {
      method: "PUT",
      params: { id: w.id },
      body: { place: "Villeurbanne" },
      headers: w.student.headers,
    });
    expect(changed.status).toBe(200);
    expect((await callRoute(submitRoute, { params: { id: w.id }, body: {}, headers: w.student.headers })).status).toBe(
      200,
    );
    const current = await contentSha256(w.id);
    expect(current).not.toBe(enterpriseRead);
    expect((await sign(w.id, w.student.headers, { documentSha256: current })).status).toBe(200);

    const before = { signed: await signedSteps(w.id), audits: await audits(w.id) };
    const stale = await sign(w.id, w.enterprise.headers, { documentSha256: enterpriseRead.toUpperCase() });
    expect(stale.status).toBe(409);
    expect(stale.headers.get("content-type")).toBe("application/problem+json");
    expect(stale.body).toMatchObject({
      title: "The document has changed since you opened it; read it again.",
      contentSha256: current,
    });
    expect(translator("fr", "reasons")("documentChangedSinceRead")).toBe(
      "Le document a changé depuis que vous l'avez ouvert ; relisez-le.",
    );
    expect({ signed: await signedSteps(w.id), audits: await audits(w.id) }).toEqual(before);

    // Reading it again (the current hash) signs.
    expect((await sign(w.id, w.enterprise.headers, { documentSha256: current })).status).toBe(200);
    expect(await signedSteps(w.id)).toBe(2);
  });

  it("refuses a malformed hash as a field error, writing nothing", async () => {
    const w = await world();
    const before = { signed: await signedSteps(w.id), audits: await audits(w.id) };
    for (const documentSha256 of ["abc", "z".repeat(64), 42]) {
      const answer = await sign(w.id, w.student.headers, { documentSha256 });
      expect(answer.status, String(documentSha256)).toBe(400);
      expect(answer.headers.get("content-type")).toBe("application/problem+json");
      expect(JSON.stringify(answer.body)).toContain("documentSha256");
    }
    expect({ signed: await signedSteps(w.id), audits: await audits(w.id) }).toEqual(before);
  });

  it("checks an amendment's hash the same way", async () => {
    const w = await world();
    for (const headers of [w.student.headers, w.enterprise.headers, w.admin.headers]) {
      expect((await sign(w.id, headers)).status).toBe(200);
    }
    const proposed = await callRoute(proposeRoute, {
      params: { id: w.id },
      body: { place: "Lyon, France" },
      headers: w.enterprise.headers,
    });
    expect(proposed.status).toBe(201);
    const amendment = proposed.body as { id: string; contentSha256: string };
    const signAmendment = (documentSha256: string) =>
      callRoute(signAmendmentRoute, {
        params: { id: w.id, amendmentId: amendment.id },
        body: { password: PASSWORD, typedName: "Student", consent: true, documentSha256 },
        headers: w.student.headers,
      });
    const stale = await signAmendment("0".repeat(64));
    expect(stale.status).toBe(409);
    expect((stale.body as { title: string }).title).toBe(
      "The document has changed since you opened it; read it again.",
    );
    expect(await db.agreementAmendmentStep.count({ where: { amendmentId: amendment.id, status: "SIGNED" } })).toBe(0);
    expect((await signAmendment(amendment.contentSha256)).status).toBe(200);
  });
});

describe("what a refused signature costs", () => {
  it("renders no PDF for a caller out of turn, with a wrong code or a stale hash", async () => {
    const w = await world();
    await settleWorkflows(); // the document to sign is stored (rendered) once submitted
    forgetRenderings();
    rendered.count = 0;
    const outOfTurn = await sign(w.id, w.enterprise.headers);
    expect(outOfTurn.status).toBe(409);
    expect((outOfTurn.body as { waitingFor: string }).waitingFor).toBe("STUDENT");
    await expect(
      signAgreement(null, w.id, { code: "not-a-code", typedName: "X", consent: true }, "203.0.113.9"),
    ).rejects.toMatchObject({ code: "INVALID_TOKEN" } satisfies Partial<AppError>);
    expect((await sign(w.id, w.student.headers, { documentSha256: "1".repeat(64) })).status).toBe(409);
    expect(rendered.count).toBe(0);

    // The signer whose turn it is: the document is rendered to check what is signed.
    expect((await sign(w.id, w.student.headers)).status).toBe(200);
    expect(rendered.count).toBe(1);
  });
});
