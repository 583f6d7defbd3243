import * as vc from "@digitalbazaar/vc";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import { createCredential, createList } from "@digitalbazaar/vc-bitstring-status-list";
import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { credentialLoader } from "./credential-loader";
import { issuerDid, issuerKey } from "./issuer";

/** The list's length in bits: the minimum the Bitstring Status List spec allows (16 KB), room for 131,072 certificates. */
export const STATUS_LIST_LENGTH = 131_072;

export const statusListUrl = () => `${env().APP_URL}/api/v1/certificates/status-list`;

/**
 * The platform's revocation list, as a signed BitstringStatusListCredential: one bit per
 * certificate (`statusIndex`), set while it is revoked. Built from the database on each call.
 */
export async function signedStatusList(): Promise<object> {
  const revoked = await db.certificate.findMany({ where: { revokedAt: { not: null } }, select: { statusIndex: true } });
  const list = await createList({ length: STATUS_LIST_LENGTH });
  for (const { statusIndex } of revoked) list.setStatus(statusIndex, true);
  const credential = await createCredential({ id: statusListUrl(), list, statusPurpose: "revocation" });
  const suite = new DataIntegrityProof({ signer: (await issuerKey()).signer(), cryptosuite });
  return vc.issue({
    credential: { ...credential, issuer: issuerDid(), validFrom: new Date().toISOString() },
    suite,
    documentLoader: credentialLoader(),
  });
}
