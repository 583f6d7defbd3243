import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as vc from "@digitalbazaar/vc";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/core/db";
import { createInternship, internshipSides } from "@/tests/helpers/internships";
import { credentialLoader } from "./credential-loader";
import { generateCertificate } from "./generate-certificate";
import { issuerDidDocument, issuerKeyId } from "./issuer";
import { lookUpCertificate } from "./look-up-certificate";
import { revokeCertificate } from "./revoke-certificate";
import { signedStatusList, statusListUrl } from "./status-list";
import { verifyInBrowser } from "./verify-in-browser";

type Credential = {
  name: string;
  credentialSubject: { identifier: { identityHash: string }[] };
  proof: object;
};

const sides = await internshipSides();
const didDocument = await issuerDidDocument();

async function issued() {
  const made = await createInternship(sides, { status: "COMPLETED" });
  const { serial } = await generateCertificate(made.student.actor, made.internshipId);
  return { made, serial, credential: (await lookUpCertificate(serial)).credential as unknown as Credential };
}

/** What the page's fetch does online: the platform's signed list, asked for by its URL. */
const requested: string[] = [];
const online = async (url: string) => {
  requested.push(url);
  return JSON.parse(JSON.stringify(await signedStatusList()));
};
const offline = async () => {
  throw new TypeError("Failed to fetch");
};

describe("verifying a certificate in the browser", () => {
  it("holds a genuine credential offline with the published key, and reads its status online", async () => {
    const { credential } = await issued();
    const key = didDocument.verificationMethod[0]!.publicKeyMultibase;
    expect(await verifyInBrowser(credential, { didDocument, fetchStatusList: offline })).toEqual({
      proof: "valid",
      key,
      status: { checked: false, reason: "offline" },
    });
    const verdict = await verifyInBrowser(credential, { didDocument, fetchStatusList: online });
    expect(verdict).toMatchObject({ proof: "valid", key, status: { checked: true, revoked: false } });
    expect(requested.at(-1)).toBe(statusListUrl());
  });

  it("fails a credential whose holder's name was changed, without asking the network", async () => {
    const { credential } = await issued();
    const tampered = structuredClone(credential);
    tampered.credentialSubject.identifier[0]!.identityHash = "Quelqu'un d'autre";
    const before = requested.length;
    expect(await verifyInBrowser(tampered, { didDocument, fetchStatusList: online })).toEqual({
      proof: "invalid",
      key: null,
      status: { checked: false, reason: "proofInvalid" },
    });
    const renamed = { ...structuredClone(credential), name: "Certificat de stage (avec félicitations)" };
    expect((await verifyInBrowser(renamed, { didDocument })).proof).toBe("invalid");
    expect(requested.length).toBe(before);
    expect((await verifyInBrowser({ hello: "world" }, { didDocument })).proof).toBe("notACredential");
  });

  it("fails a credential signed by another key under our key's name", async () => {
    const { credential } = await issued();
    const other = await Ed25519Multikey.generate({ seed: randomBytes(32), id: issuerKeyId(), controller: "x" });
    const { proof: _proof, ...unsigned } = credential;
    const forged = await vc.issue({
      credential: unsigned,
      suite: new DataIntegrityProof({ signer: other.signer(), cryptosuite }),
      documentLoader: credentialLoader(),
    });
    expect((await verifyInBrowser(forged, { didDocument, fetchStatusList: online })).proof).toBe("invalid");
  });

  it("shows a revoked certificate revoked once the list is reached, and refuses a list altered after signing", async () => {
    const { serial, credential } = await issued();
    await revokeCertificate(sides.universityAdmin.actor, serial, { reason: "Fraude avérée" });
    expect(await verifyInBrowser(credential, { didDocument, fetchStatusList: online })).toMatchObject({
      proof: "valid",
      status: { checked: true, revoked: true },
    });
    // Someone between the verifier and the platform splices a cleared list under the old proof.
    type List = { credentialSubject: { encodedList: string } };
    const revokedList = (await online(statusListUrl())) as List;
    await db.certificate.updateMany({ where: { serial }, data: { revokedAt: null } });
    const clearedList = (await signedStatusList()) as List;
    const spliced = {
      ...revokedList,
      credentialSubject: { ...revokedList.credentialSubject, encodedList: clearedList.credentialSubject.encodedList },
    };
    expect(spliced.credentialSubject.encodedList).not.toBe(revokedList.credentialSubject.encodedList);
    expect(await verifyInBrowser(credential, { didDocument, fetchStatusList: async () => spliced })).toMatchObject({
      proof: "valid",
      status: { checked: false, reason: "listInvalid" },
    });
    expect(await verifyInBrowser(credential, { didDocument, fetchStatusList: online })).toMatchObject({
      status: { checked: true, revoked: false },
    });
  });

  it("imports nothing that needs the server (it is bundled into the public page)", () => {
    const source = readFileSync(path.join(__dirname, "verify-in-browser.ts"), "utf-8");
    const imports = [...source.matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
    expect(imports.filter((i) => i!.startsWith("@/") || i!.startsWith(".") || i!.startsWith("node:"))).toEqual([]);
  });
});
