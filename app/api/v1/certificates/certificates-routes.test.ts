import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { callRoute } from "@/tests/helpers/call-route";
import { createInternship, internshipSides } from "@/tests/helpers/internships";
import { GET as didDocument } from "@/app/.well-known/did.json/route";
import { issuerKey } from "@/lib/documents/certificates/issuer";
import { POST as generateCertificate } from "../documents/generate/certificate/route";
import { GET as lookUp } from "./[serial]/route";
import { POST as revoke } from "./[serial]/revoke/route";
import { GET as statusList } from "./status-list/route";
import { POST as verify } from "./verify/route";

vi.mock("@/inngest/dispatch", () => ({ kickRelay: async () => undefined }));

const sides = await internshipSides();
const made = await createInternship(sides, { status: "COMPLETED" });
const certificateRows = () => Promise.all([db.certificate.count(), db.document.count(), db.outboxEvent.count()]);

describe("POST /documents/generate/certificate", () => {
  it("issues once: 201, then 200 with the same serial", async () => {
    const first = await callRoute(generateCertificate, {
      body: { internshipId: made.internshipId },
      headers: made.student.headers,
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ kind: "CERTIFICATE", status: "VALID", serial: expect.stringMatching(/^C-/) });
    const again = await callRoute(generateCertificate, {
      body: { internshipId: made.internshipId },
      headers: sides.universityAdmin.headers,
    });
    expect(again).toMatchObject({ status: 200, body: { serial: first.body.serial } });
  });

  it.each([
    ["no internship", {}, 400],
    ["an internship id of the wrong type", { internshipId: ["x"] }, 400],
    ["an unknown internship", { internshipId: "c".repeat(25) }, 404],
  ])("answers %s with problem+json and writes nothing", async (_, body, status) => {
    const before = await certificateRows();
    const answer = await callRoute(generateCertificate, { body, headers: made.student.headers });
    expect(answer.status).toBe(status);
    expect(answer.headers.get("content-type")).toBe("application/problem+json");
    expect(await certificateRows()).toEqual(before);
  });
});

describe("the public routes", () => {
  it("look a serial up, verify its credential, and show it revoked once revoked", async () => {
    const { serial } = await db.certificate.findFirstOrThrow({ where: { internshipId: made.internshipId } });
    const found = await callRoute(lookUp, { method: "GET", path: `/certificates/${serial}`, params: { serial } });
    expect(found.body).toMatchObject({ status: "VALID", holder: { name: expect.stringMatching(/^Camille/) } });
    const checked = await callRoute(verify, { body: found.body.credential, path: "/certificates/verify" });
    expect(checked.body).toMatchObject({ valid: true, status: "VALID", serial });

    const revoked = await callRoute(revoke, {
      params: { serial },
      body: { reason: "Erreur de saisie" },
      headers: sides.universityAdmin.headers,
    });
    expect(revoked.body).toMatchObject({ status: "REVOKED" });
    expect((await callRoute(lookUp, { method: "GET", params: { serial } })).body).toMatchObject({
      status: "REVOKED",
      revokedAt: expect.any(String),
    });
    expect((await callRoute(verify, { body: found.body.credential })).body).toMatchObject({
      valid: true,
      status: "REVOKED",
    });
    const list = await callRoute(statusList, { method: "GET" });
    expect(list.body).toMatchObject({
      type: ["VerifiableCredential", "BitstringStatusListCredential"],
      credentialSubject: { statusPurpose: "revocation" },
      proof: { cryptosuite: "eddsa-rdfc-2022" },
    });
  });

  it("answers UNKNOWN for a serial never issued", async () => {
    const answer = await callRoute(lookUp, { method: "GET", params: { serial: "C-2026-ZZZZ-ZZZZ" } });
    expect(answer).toMatchObject({ status: 200, body: { status: "UNKNOWN" } });
  });

  it.each([
    ["an empty body", ""],
    ["text that is not JSON", "hello"],
    ["a JSON array", "[1, 2]"],
    ["a PDF header without a credential", "%PDF-1.7\n%%EOF"],
  ])("refuses %s with a 400 problem+json and writes nothing", async (_, rawBody) => {
    const before = await certificateRows();
    const answer = await callRoute(verify, { rawBody });
    expect(answer.status).toBe(400);
    expect(answer.headers.get("content-type")).toBe("application/problem+json");
    expect(await certificateRows()).toEqual(before);
  });

  it("says an altered credential does not match", async () => {
    const row = await db.certificate.findFirstOrThrow({ where: { internshipId: made.internshipId } });
    const altered = structuredClone(row.payload) as { validFrom: string };
    altered.validFrom = "2020-01-01T00:00:00Z";
    expect((await callRoute(verify, { body: altered })).body).toEqual({ valid: false, reason: "signatureMismatch" });
  });
});

describe("GET /.well-known/did.json", () => {
  it("publishes the signing key under the did:web of APP_URL", async () => {
    const document = await (await didDocument()).json();
    expect(document.id).toBe("did:web:localhost%3A3000");
    expect(document.assertionMethod).toEqual(["did:web:localhost%3A3000#key-1"]);
    expect(document.verificationMethod[0]).toMatchObject({
      type: "Multikey",
      publicKeyMultibase: (await issuerKey()).publicKeyMultibase,
    });
  });
});
