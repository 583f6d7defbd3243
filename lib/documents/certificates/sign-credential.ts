import * as vc from "@digitalbazaar/vc";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import { credentialLoader } from "./credential-loader";
import { issuerKey } from "./issuer";

export type SignedCredential = Record<string, unknown> & { proof: { proofValue: string } };

/** Signs a credential with the platform's key: a Data Integrity proof, cryptosuite eddsa-rdfc-2022. */
export async function signCredential(credential: Record<string, unknown>): Promise<SignedCredential> {
  const suite = new DataIntegrityProof({ signer: (await issuerKey()).signer(), cryptosuite });
  return (await vc.issue({ credential, suite, documentLoader: credentialLoader() })) as SignedCredential;
}
