import { createHash } from "node:crypto";
import { extractText } from "unpdf";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as pdfRoute } from "@/app/api/v1/agreements/[id]/pdf/route";
import { POST as signRoute } from "@/app/api/v1/agreements/[id]/sign/route";
import { POST as submitRoute } from "@/app/api/v1/agreements/[id]/submit/route";
import { POST as draftRoute } from "@/app/api/v1/universities/[id]/conventions/route";
import { forgetRenderings } from "@/lib/agreements/agreement-pdf";
import { recordPaperSignature } from "@/lib/agreements/record-paper-signature";
import { getAgreementTemplate, saveAgreementTemplate } from "@/lib/agreements/save-agreement-template";
import { saveCircuit } from "@/lib/agreements/save-circuit";
import { storeSignedPdf } from "@/lib/agreements/store-signed-pdf";
import { db } from "@/lib/core/db";
import { fileStorage } from "@/lib/core/storage";
import type { AgreementParty } from "@/lib/generated/prisma/enums";
import { storeSignedAgreementPdf } from "@/inngest/functions/agreement-pdf";
import {
  actorOf,
  applicationIn,
  bearer,
  enterpriseWithOffer,
  memberOf,
  settleWorkflows,
  studentWithCv,
} from "@/tests/helpers/applications";
import { callRoute } from "@/tests/helpers/call-route";
import { createUser, PASSWORD } from "@/tests/helpers/users";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

type Headers = Record<string, string>;
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const MINIMAL_PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

/** A French university, a verified enterprise with a tutor, an accepted student, a circuit of `parties`. */
async function world(parties: AgreementParty[] = ["STUDENT", "ENTERPRISE_SIGNATORY", "UNIVERSITY_VALIDATOR"]) {
  const university = await db.university.create({ data: { name: "Université de Lyon", country: "FR" } });
  const admin = await createUser("UNIVERSITY_ADMIN", { universityId: university.id });
  const enterprise = await enterpriseWithOffer({
    stipendAmountMinor: 90_000,
    durationWeeks: 24,
    missions: "Écrire des tests d'intégration.",
  });
  const tutor = await memberOf(enterprise.enterpriseId, "TUTOR");
  const student = await studentWithCv();
  await db.student.update({ where: { id: student.studentId }, data: { universityId: university.id } });
  const applicationId = await applicationIn("ACCEPTED", enterprise.offerId, student.studentId);
  const adminActor = await actorOf(admin.id);
  await saveCircuit(adminActor, university.id, { steps: parties.map((party) => ({ party, deadlineDays: 5 })) });
  return {
    universityId: university.id,
    admin: { user: admin, headers: await bearer(admin), actor: adminActor },
    enterprise,
    tutor,
    student: { ...student, actor: await actorOf(student.user.id) },
    applicationId,
  };
}
type World = Awaited<ReturnType<typeof world>>;

async function drafted(w: World) {
  const { status, body } = await callRoute(draftRoute, {
    params: { id: w.universityId },
    body: { applicationId: w.applicationId },
    headers: w.student.headers,
  });
  expect(status).toBe(201);
  return body.id as string;
}
const submit = (id: string, headers: Headers) => callRoute(submitRoute, { params: { id }, body: {}, headers });
const signAs = (id: string, headers: Headers) =>
  callRoute(signRoute, { params: { id }, body: { password: PASSWORD, typedName: "Signer", consent: true }, headers });

/** GET /agreements/{id}/pdf, the bytes as they are sent. */
async function readPdf(id: string, headers: Headers, query = "") {
  const response = await pdfRoute(
    new Request(`http://localhost:3000/api/v1/agreements/${id}/pdf${query}`, {
      headers: { "x-forwarded-for": "203.0.113.7", ...headers },
    }),
    { params: Promise.resolve({ id }) },
  );
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, type: response.headers.get("content-type"), bytes, header: response.headers };
}
/** The PDF's text on one line (the layout wraps lines anywhere). */
const textOf = async (bytes: Uint8Array) =>
  (await extractText(bytes.slice(), { mergePages: true })).text.replace(/\s+/g, " ");

describe("the PDF the parties sign", () => {
  it("is the same bytes on every read, and its SHA-256 is what is recorded at submission and with each signature", async () => {
    const w = await world();
    const id = await drafted(w);
    const draft = await readPdf(id, w.student.headers);
    expect(draft.status).toBe(200);
    expect(draft.type).toBe("application/pdf");
    expect(await textOf(draft.bytes)).toContain("BROUILLON");

    expect((await submit(id, w.student.headers)).status).toBe(200);
    const first = await readPdf(id, w.enterprise.headers);
    forgetRenderings(); // rendered afresh, not the rendering kept in memory
    const again = await readPdf(id, w.admin.headers);
    expect(sha256(first.bytes)).toBe(sha256(again.bytes));
    const agreement = await db.agreement.findUniqueOrThrow({ where: { id } });
    expect(agreement.contentSha256).toBe(sha256(first.bytes));
    expect(first.header.get("x-content-sha256")).toBe(agreement.contentSha256);

    const text = await textOf(first.bytes);
    expect(text).toContain("Convention de stage");
    expect(text).not.toContain("BROUILLON");
    // The French minimum-stipend statement: 24 weeks, 900 € a month for 35 hours.
    expect(text).toMatch(/minimum légal de 4,35/);
    expect(text).toContain("La gratification ci-dessus le respecte");
    // The default articles, frozen at submission.
    expect(text).toContain("Article 1 — Objet de la convention");
    expect(text).toContain("Article 10 — Attestation de stage");

    expect((await signAs(id, w.student.headers)).status).toBe(200);
    const step = await db.agreementStep.findFirstOrThrow({ where: { agreementId: id, party: "STUDENT" } });
    expect(step.documentSha256).toBe(sha256(first.bytes));
    // What the next signer reads is still the document signed.
    expect(sha256((await readPdf(id, w.enterprise.headers)).bytes)).toBe(step.documentSha256);
  });

  it("once validated, the workflow stores the signed PDF whose recorded SHA-256 is the stored file's", async () => {
    const w = await world();
    const id = await drafted(w);
    await submit(id, w.student.headers);
    const signed = sha256((await readPdf(id, w.student.headers)).bytes);
    for (const headers of [w.student.headers, w.enterprise.headers, w.admin.headers]) {
      expect((await signAs(id, headers)).status).toBe(200);
    }
    await settleWorkflows();
    const agreement = await db.agreement.findUniqueOrThrow({
      where: { id },
      include: { document: { include: { versions: true } } },
    });
    expect(agreement.status).toBe("VALIDATED");
    expect(agreement.document).toMatchObject({ kind: "AGREEMENT", ownerId: w.student.user.id });
    expect(agreement.document!.versions).toHaveLength(1);
    const version = agreement.document!.versions[0];
    const stored = await fileStorage().get(version.storageKey);
    expect(stored).not.toBeNull();
    expect(sha256(stored!)).toBe(version.sha256);
    expect(version.size).toBe(stored!.byteLength);

    const served = await readPdf(id, w.enterprise.headers);
    expect(sha256(served.bytes)).toBe(version.sha256);
    const text = await textOf(served.bytes);
    expect(text).toContain(`Toutes les parties ont signé le document dont l'empreinte SH`);
    expect(text.replace(/ /g, "")).toContain(signed);
    expect(text.match(/Signé le \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \(mot de passe\)/g)).toHaveLength(3);
  });

  it("a retried PDF step, or two runs at once, yields one document", async () => {
    const w = await world(["UNIVERSITY_VALIDATOR"]);
    const id = await drafted(w);
    await submit(id, w.student.headers);
    expect((await signAs(id, w.admin.headers)).body.status).toBe("VALIDATED");
    // Before the relay delivers convention.signed: two concurrent runs, then a retried step.
    const [a, b] = await Promise.all([storeSignedPdf(id), storeSignedPdf(id)]);
    expect(a.documentId).toBe(b.documentId);
    const step = { run: <T>(_id: string, fn: () => Promise<T>) => fn() };
    const event = { name: "convention.signed", data: { agreementId: id, party: "UNIVERSITY_VALIDATOR" } };
    await storeSignedAgreementPdf.handler({ event: event as never, step });
    await storeSignedAgreementPdf.handler({ event: event as never, step });
    await settleWorkflows();
    // The signed PDF (the document to sign, stored at submission, is another one).
    const documents = await db.document.findMany({
      where: { kind: "AGREEMENT", ownerId: w.student.user.id, signingOf: null },
      include: { versions: true },
    });
    expect(documents).toHaveLength(1);
    expect(documents[0].versions).toHaveLength(1);
    expect((await db.agreement.findUniqueOrThrow({ where: { id } })).documentId).toBe(documents[0].id);
  });

  it("someone outside gets 404, no session 401, and a code works only for its own agreement at its turn", async () => {
    const w = await world(["STUDENT", "TUTOR", "UNIVERSITY_VALIDATOR"]);
    const id = await drafted(w);
    await callRoute((await import("@/app/api/v1/agreements/[id]/route")).PUT, {
      method: "PUT",
      params: { id },
      body: { tutorName: "Tom Tuteur", tutorEmail: "tom.tuteur@outside.test" },
      headers: w.student.headers,
    });
    await submit(id, w.student.headers);
    const other = await world();
    for (const headers of [other.student.headers, other.enterprise.headers, other.admin.headers]) {
      const refused = await readPdf(id, headers);
      expect(refused.status).toBe(404);
      expect(refused.type).toContain("application/problem+json");
    }
    expect((await readPdf(id, {})).status).toBe(401);

    await signAs(id, w.student.headers);
    await settleWorkflows();
    const mail = await db.emailMessage.findFirstOrThrow({
      where: { to: "tom.tuteur@outside.test", template: "agreementSigningLink" },
    });
    const code = mail.text.match(/\/sign\/([\w-]+)/)![1];
    const byCode = await readPdf(id, {}, `?code=${code}`);
    expect(byCode.status).toBe(200);
    expect(sha256(byCode.bytes)).toBe((await db.agreement.findUniqueOrThrow({ where: { id } })).contentSha256);
    const otherId = await drafted(other);
    expect((await readPdf(otherId, {}, `?code=${code}`)).status).toBe(400);
    expect((await readPdf(id, {}, "?code=not-a-code")).status).toBe(400);
    // The GETs wrote nothing (the document to sign was stored at submission).
    expect(await db.document.count({ where: { kind: "AGREEMENT", ownerId: w.student.user.id, signingOf: null } })).toBe(
      0,
    );
  });
});

describe("template articles", () => {
  it("a university's own articles, in the agreement's language, are frozen at submission", async () => {
    const w = await world(["UNIVERSITY_VALIDATOR"]);
    expect((await getAgreementTemplate(w.admin.actor, w.universityId)).source).toBe("default");
    const template = {
      fr: [{ title: "Objet", body: "Le stage a une finalité pédagogique." }],
      en: [
        { title: "Purpose", body: "The internship has an educational purpose." },
        { title: "Data protection", body: "The intern respects the host's data rules." },
      ],
    };
    const saved = await saveAgreementTemplate(w.admin.actor, w.universityId, template);
    expect(saved).toEqual({ source: "university", ...template });
    const id = await drafted(w);
    await db.agreement.update({ where: { id }, data: { language: "en" } });
    await submit(id, w.student.headers);
    // Changed after submission: the agreement keeps what it was submitted with.
    await saveAgreementTemplate(w.admin.actor, w.universityId, { ...template, en: [{ title: "Other", body: "x" }] });
    const text = await textOf((await readPdf(id, w.admin.headers)).bytes);
    expect(text).toContain("Internship agreement");
    expect(text).toContain("Article 2 — Data protection");
    expect(text).not.toContain("Other");
    expect((await signAs(id, w.admin.headers)).body.status).toBe("VALIDATED");
  });

  it("bad templates are refused and change nothing; another university's admin is refused", async () => {
    const w = await world();
    const other = await world();
    const before = await db.agreementCircuit.findMany({ select: { articles: true } });
    for (const input of [
      { fr: [], en: [{ title: "a", body: "b" }] },
      { fr: [{ title: "", body: "b" }], en: [{ title: "a", body: "b" }] },
      { fr: [{ title: "a", body: "x".repeat(4001) }], en: [{ title: "a", body: "b" }] },
      { en: [{ title: "a", body: "b" }] },
    ]) {
      await expect(saveAgreementTemplate(w.admin.actor, w.universityId, input)).rejects.toMatchObject({
        code: "VALIDATION",
      });
    }
    await expect(
      saveAgreementTemplate(other.admin.actor, w.universityId, {
        fr: [{ title: "a", body: "b" }],
        en: [{ title: "a", body: "b" }],
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.agreementCircuit.findMany({ select: { articles: true } })).toEqual(before);
  });
});

describe("paper signatures", () => {
  it("the university records the scan for the party whose turn it is, in the same circuit, shown in the PDF", async () => {
    const w = await world();
    const id = await drafted(w);
    await submit(id, w.student.headers);
    const scan = { bytes: MINIMAL_PDF, fileName: "signature-etudiant.pdf" };
    const outcome = await recordPaperSignature(w.admin.actor, id, { party: "STUDENT" }, scan, "203.0.113.8");
    expect(outcome).toMatchObject({ status: "SIGNING", signedOrder: 1 });
    const step = await db.agreementStep.findFirstOrThrow({
      where: { agreementId: id, party: "STUDENT" },
      include: { scan: { include: { versions: true } } },
    });
    const agreement = await db.agreement.findUniqueOrThrow({ where: { id } });
    expect(step).toMatchObject({
      status: "SIGNED",
      method: "PAPER",
      signedIp: "203.0.113.8",
      documentSha256: agreement.contentSha256,
    });
    expect(step.scan!.versions[0].sha256).toBe(sha256(MINIMAL_PDF));
    // The circuit goes on: the enterprise is asked next; then the rest sign in the app.
    expect((await signAs(id, w.enterprise.headers)).status).toBe(200);
    expect((await signAs(id, w.admin.headers)).body.status).toBe("VALIDATED");
    await settleWorkflows();
    const text = await textOf((await readPdf(id, w.student.headers)).bytes);
    expect(text).toMatch(/Signé le .* \(papier\)/);
    expect(text).toContain(`Signature papier : empreinte`);
    expect(text.replace(/ /g, "")).toContain(sha256(MINIMAL_PDF));
  });

  it("refuses another party than the current one, a file that is not a PDF or an image, and anyone but the university", async () => {
    const w = await world();
    const other = await world();
    const id = await drafted(w);
    const scan = { bytes: MINIMAL_PDF, fileName: "scan.pdf" };
    await expect(recordPaperSignature(w.admin.actor, id, { party: "STUDENT" }, scan, "1.2.3.4")).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await submit(id, w.student.headers);
    await settleWorkflows(); // the document to sign is stored once submitted
    const counts = async () => [
      await db.document.count(),
      await db.agreementStep.count({ where: { status: "SIGNED" } }),
    ];
    const before = await counts();
    await expect(
      recordPaperSignature(w.admin.actor, id, { party: "ENTERPRISE_SIGNATORY" }, scan, "1.2.3.4"),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      recordPaperSignature(
        w.admin.actor,
        id,
        { party: "STUDENT" },
        { bytes: new TextEncoder().encode("just text, not a scan"), fileName: "scan.pdf" },
        "1.2.3.4",
      ),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(
      recordPaperSignature(
        w.admin.actor,
        id,
        { party: "STUDENT" },
        { bytes: new Uint8Array(11 * 1024 * 1024).fill(37), fileName: "huge.pdf" },
        "1.2.3.4",
      ),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(recordPaperSignature(w.admin.actor, id, { party: "NOBODY" }, scan, "1.2.3.4")).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(recordPaperSignature(w.admin.actor, id, { party: "STUDENT" }, null, "1.2.3.4")).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(
      recordPaperSignature(w.student.actor, id, { party: "STUDENT" }, scan, "1.2.3.4"),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      recordPaperSignature(other.admin.actor, id, { party: "STUDENT" }, scan, "1.2.3.4"),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await counts()).toEqual(before);
  });
});
