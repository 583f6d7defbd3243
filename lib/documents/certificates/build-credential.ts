import { randomBytes } from "node:crypto";
import { env } from "@/lib/core/env";
import { translator } from "@/lib/core/translator";
import type { CertificateKind } from "@/lib/generated/prisma/enums";
import type { CertificateFacts } from "./certificate-facts";
import { BADGE_CONTEXT, VC_CONTEXT } from "./credential-loader";
import { issuerDid } from "./issuer";
import { statusListUrl } from "./status-list";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32: no I, L, O, U

/** A serial that is read aloud and typed: C-2026-7KQ4-M2XD (C certificate, A attestation). */
export function newSerial(kind: CertificateKind, now = new Date()): string {
  const bytes = randomBytes(8);
  const chars = Array.from(bytes, (b) => ALPHABET[b % 32]).join("");
  return `${kind === "CERTIFICATE" ? "C" : "A"}-${now.getUTCFullYear()}-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

export const SERIAL_PATTERN = /^[AC]-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

export const verifyUrl = (serial: string) => `${env().APP_URL}/verify/${serial}`;

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The unsigned OpenBadgeCredential (VC 2.0, Open Badges 3.0) of an attestation or a certificate:
 * achievement type Fieldwork, issued by the platform's DID in the university's name, with its
 * revocation entry in the status list. Texts in the holder's language.
 */
export function buildCredential(input: {
  facts: CertificateFacts;
  serial: string;
  statusIndex: number;
  issuedAt: Date;
}): Record<string, unknown> {
  const { facts, serial, statusIndex, issuedAt } = input;
  const t = translator(facts.locale, "certificates.credential");
  const values = {
    holder: facts.holder.name,
    enterprise: facts.enterprise.name,
    start: day(facts.startDate),
    end: day(facts.endDate),
    hours: facts.hours,
    university: facts.university.name,
  };
  const kind = facts.kind === "CERTIFICATE" ? "certificate" : "attestation";
  const statusList = statusListUrl();
  return {
    "@context": [VC_CONTEXT, BADGE_CONTEXT],
    id: verifyUrl(serial),
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    name: t(`${kind}.name`, values),
    issuer: { id: issuerDid(), type: ["Profile"], name: facts.university.name, url: env().APP_URL },
    validFrom: issuedAt.toISOString(),
    credentialSubject: {
      type: ["AchievementSubject"],
      identifier: [{ type: "IdentityObject", identityType: "name", hashed: false, identityHash: facts.holder.name }],
      activityStartDate: facts.startDate.toISOString(),
      ...(facts.kind === "CERTIFICATE" ? { activityEndDate: facts.endDate.toISOString() } : {}),
      achievement: {
        id: `${verifyUrl(serial)}#achievement`,
        type: ["Achievement"],
        achievementType: "Fieldwork",
        humanCode: serial,
        name: t(`${kind}.name`, values),
        description: t(`${kind}.description`, values),
        criteria: { narrative: t(`${kind}.criteria`, values) },
      },
    },
    credentialStatus: {
      id: `${statusList}#${statusIndex}`,
      type: "BitstringStatusListEntry",
      statusPurpose: "revocation",
      statusListIndex: String(statusIndex),
      statusListCredential: statusList,
    },
  };
}
