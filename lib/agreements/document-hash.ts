import { createHash } from "node:crypto";
import type { Tx } from "@/lib/core/db";
import type { AgreementParty } from "@/lib/generated/prisma/enums";
import { renderAgreementPdf, sha256Hex } from "./agreement-pdf";
import { agreementPdfData } from "./agreement-pdf-data";

/** What the parties sign: the agreement's content and its circuit, as frozen at submission. */
export type FrozenContent = {
  id: string;
  student: string;
  enterprise: string;
  university: string;
  offer: string;
  startDate: Date;
  endDate: Date;
  weeklyHours: number;
  stipendAmountMinor: number | null;
  stipendCurrency: string;
  place: string | null;
  tasks: string | null;
  tutorName: string | null;
  tutorEmail: string | null;
  supervisor: string | null;
  legalRepName: string | null;
  legalRepEmail: string | null;
  steps: { order: number; party: AgreementParty; name: string | null; email: string | null }[];
};

/** JSON with keys sorted at every level and days as YYYY-MM-DD: the same content gives the same bytes. */
export function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString().slice(0, 10));
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The SHA-256 (hex) of a canonical JSON of the agreement's content: a fingerprint of the content,
 * no longer what is signed (see `documentToSign`).
 */
export const contentSha256 = (content: FrozenContent) =>
  createHash("sha256").update(canonicalJson(content)).digest("hex");

/**
 * The document every party signs: the agreement rendered to PDF with its frozen articles and its
 * signers, no signature yet (`GET /agreements/{id}/pdf` serves these exact bytes while it is being
 * signed). Rendering is deterministic, so its SHA-256, recorded at submission and with each
 * signature, is the SHA-256 of the file the signer can read.
 */
export async function documentToSign(tx: Tx, agreementId: string): Promise<{ bytes: Buffer; sha256: string }> {
  const bytes = await renderAgreementPdf(await agreementPdfData(tx, agreementId, "to-sign"));
  return { bytes, sha256: sha256Hex(bytes) };
}
