import { describe, expect, it } from "vitest";
import * as vc from "@digitalbazaar/vc";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/core/db";
import { AppError } from "@/lib/core/errors";
import { fileStorage } from "@/lib/core/storage";
import { createInternship, internshipSides } from "@/tests/helpers/internships";
import { checkCredential } from "./check-credential";
import { credentialLoader } from "./credential-loader";
import { embeddedCredential } from "./embedded-credential";
import { generateAttestation } from "./generate-attestation";
import { generateCertificate } from "./generate-certificate";
import { issuerKeyId } from "./issuer";
import { lookUpCertificate } from "./look-up-certificate";
import { reinstateCertificate, revokeCertificate } from "./revoke-certificate";
import { verifyCertificateFile } from "./verify-certificate-file";

type Credential = {
  type: string[];
  issuer: { id: string };
  proof: { cryptosuite: string };
  credentialSubject: { achievement: { achievementType: string; description: string } };
};

const sides = await internshipSides();

async function completed() {
  return createInternship(sides, { status: "COMPLETED" });
}

async function pdfOf(serial: string) {
  const row = await db.certificate.findUniqueOrThrow({
    where: { serial },
    select: { document: { select: { versions: { select: { storageKey: true } } } } },
  });
  return (await fileStorage().get(row.document!.versions[0]!.storageKey))!;
}

const code = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return "resolved";
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
};

describe("generating a certificate", () => {
  it("signs an OpenBadgeCredential, embeds it in the stored PDF and records certificate.generated", async () => {
    const made = await completed();
    const issued = await generateCertificate(made.student.actor, made.internshipId);
    expect(issued.serial).toMatch(/^C-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const row = await db.certificate.findUniqueOrThrow({
      where: { serial: issued.serial },
      include: { document: true },
    });
    const credential = row.payload as Credential;
    expect(credential.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
    expect(credential.credentialSubject.achievement.achievementType).toBe("Fieldwork");
    expect(credential.proof.cryptosuite).toBe("eddsa-rdfc-2022");
    expect(credential.issuer.id).toBe("did:web:localhost%3A3000");
    expect(row.document).toMatchObject({ kind: "CERTIFICATE", status: "VALIDATED", ownerId: made.student.user.id });
    const pdf = await pdfOf(issued.serial);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    expect(await embeddedCredential(pdf)).toEqual(credential);
    expect(await checkCredential(credential)).toEqual({ valid: true, revoked: false });
    expect(await verifyCertificateFile(pdf)).toMatchObject({ valid: true, status: "VALID", serial: issued.serial });
    expect(
      await db.outboxEvent.count({
        where: { name: "certificate.generated", data: { path: ["certificateId"], equals: row.id } },
      }),
    ).toBe(1);
  });

  it("yields one certificate however often it is asked, even at the same time", async () => {
    const made = await completed();
    const results = await Promise.all([
      generateCertificate(made.student.actor, made.internshipId),
      generateCertificate(made.supervisor.actor, made.internshipId),
      generateCertificate(sides.universityAdmin.actor, made.internshipId),
    ]);
    const again = await generateCertificate(made.student.actor, made.internshipId);
    expect(new Set([...results, again].map((r) => r.serial)).size).toBe(1);
    expect(await db.certificate.count({ where: { internshipId: made.internshipId } })).toBe(1);
    expect(await db.document.count({ where: { internshipId: made.internshipId, kind: "CERTIFICATE" } })).toBe(1);
    expect(
      await db.outboxEvent.count({
        where: {
          name: "certificate.generated",
          data: {
            path: ["certificateId"],
            equals: (await db.certificate.findFirstOrThrow({ where: { internshipId: made.internshipId } })).id,
          },
        },
      }),
    ).toBe(1);
  });

  it("refuses a certificate before completion, the enterprise and strangers", async () => {
    const active = await createInternship(sides, { status: "ACTIVE" });
    expect(await code(generateCertificate(active.student.actor, active.internshipId))).toBe("CONFLICT");
    expect(await code(generateCertificate(sides.enterpriseAdmin.actor, active.internshipId))).toBe("FORBIDDEN");
    const other = await completed();
    expect(await code(generateCertificate(other.student.actor, active.internshipId))).toBe("NOT_FOUND");
    expect(await code(generateCertificate(null, active.internshipId))).toBe("UNAUTHENTICATED");
    expect(await db.certificate.count({ where: { internshipId: active.internshipId } })).toBe(0);
    // The attestation of an internship under way is issued.
    const attestation = await generateAttestation(active.student.actor, active.internshipId);
    expect(attestation.serial).toMatch(/^A-/);
  });
});

describe("verifying", () => {
  it("fails a credential with one altered field, or signed by another key", async () => {
    const made = await completed();
    const { serial } = await generateCertificate(made.student.actor, made.internshipId);
    const credential = (await lookUpCertificate(serial)).credential as unknown as Credential;
    const altered = structuredClone(credential);
    altered.credentialSubject.achievement.description += " (avec mention)";
    expect(await checkCredential(altered)).toEqual({ valid: false, reason: "signatureMismatch" });
    const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
    expect(await verifyCertificateFile(json(altered))).toEqual({ valid: false, reason: "signatureMismatch" });

    // The same credential signed by another key under our key's name.
    const other = await Ed25519Multikey.generate({ seed: randomBytes(32), id: issuerKeyId(), controller: "x" });
    const { proof: _proof, ...unsigned } = credential;
    const forged = await vc.issue({
      credential: unsigned,
      suite: new DataIntegrityProof({ signer: other.signer(), cryptosuite }),
      documentLoader: credentialLoader(),
    });
    expect(await checkCredential(forged)).toEqual({ valid: false, reason: "signatureMismatch" });
    expect(await verifyCertificateFile(json(credential))).toMatchObject({ valid: true, status: "VALID" });
  });

  it("says a PDF whose bytes changed does not match, and refuses what is not a certificate", async () => {
    const made = await completed();
    const { serial } = await generateCertificate(made.student.actor, made.internshipId);
    const pdf = Buffer.from(await pdfOf(serial));
    const text = pdf.toString("latin1");
    const at = text.indexOf("/Title");
    const tampered = Buffer.from(pdf);
    tampered[at + 10] = tampered[at + 10] === 0x41 ? 0x42 : 0x41;
    expect(await verifyCertificateFile(tampered)).toEqual({ valid: false, reason: "documentAltered" });
    expect(await code(verifyCertificateFile(new TextEncoder().encode("hello")))).toBe("VALIDATION");
    expect(await code(verifyCertificateFile(new TextEncoder().encode("[1,2]")))).toBe("VALIDATION");
  });
});

describe("revocation", () => {
  it("shows a revoked certificate revoked, with its date, until it is reinstated", async () => {
    const made = await completed();
    const { serial } = await generateCertificate(made.student.actor, made.internshipId);
    expect(await code(revokeCertificate(made.student.actor, serial, { reason: "Erreur" }))).toBe("FORBIDDEN");
    expect(await code(revokeCertificate(sides.enterpriseAdmin.actor, serial, { reason: "Erreur" }))).toBe("FORBIDDEN");
    expect(await code(revokeCertificate(sides.universityAdmin.actor, serial, { reason: "" }))).toBe("VALIDATION");
    const revoked = await revokeCertificate(sides.universityAdmin.actor, serial, { reason: "Fraude avérée" });
    expect(revoked.status).toBe("REVOKED");
    const look = await lookUpCertificate(serial);
    expect(look).toMatchObject({ status: "REVOKED" });
    expect(look.status === "REVOKED" && look.revokedAt).toBeInstanceOf(Date);
    expect(await checkCredential(look.credential)).toEqual({ valid: true, revoked: true });
    expect(await verifyCertificateFile(await pdfOf(serial))).toMatchObject({ valid: true, status: "REVOKED" });
    expect(await code(revokeCertificate(sides.universityAdmin.actor, serial, { reason: "encore" }))).toBe("CONFLICT");
    await reinstateCertificate(sides.universityAdmin.actor, serial, { reason: "Erreur de saisie" });
    expect(await checkCredential(look.credential)).toEqual({ valid: true, revoked: false });
    expect(
      await db.auditLog.count({ where: { action: { in: ["certificate.revoked", "certificate.reinstated"] } } }),
    ).toBe(2);
  });

  it("lets the internship's academic supervisor revoke, not another supervisor, and shows the reason publicly", async () => {
    const made = await completed();
    const stranger = await completed();
    const { serial } = await generateCertificate(made.student.actor, made.internshipId);
    expect(await code(revokeCertificate(stranger.supervisor.actor, serial, { reason: "Erreur" }))).toBe("NOT_FOUND");
    expect(await lookUpCertificate(serial)).toMatchObject({ status: "VALID", revocationReason: null });
    const revoked = await revokeCertificate(made.supervisor.actor, serial, { reason: "  Stage non effectué  " });
    expect(revoked.status).toBe("REVOKED");
    expect(await lookUpCertificate(serial)).toMatchObject({
      status: "REVOKED",
      revocationReason: "Stage non effectué",
    });
    expect(await db.certificate.findUniqueOrThrow({ where: { serial }, select: { revokedById: true } })).toEqual({
      revokedById: made.supervisor.user.id,
    });
    await reinstateCertificate(made.supervisor.actor, serial, { reason: "Erreur de saisie" });
    expect(await lookUpCertificate(serial)).toMatchObject({ status: "VALID", revocationReason: null });
  });

  it("answers UNKNOWN for a serial never issued", async () => {
    expect(await lookUpCertificate("C-2026-ZZZZ-ZZZZ")).toEqual({ status: "UNKNOWN", serial: "C-2026-ZZZZ-ZZZZ" });
  });
});
