import { createHash } from "node:crypto";
import type { AgreementParty } from "@/lib/generated/prisma/enums";

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
 * The SHA-256 (hex) of the document signed. Until the agreement is rendered to PDF, the document
 * is the canonical JSON of its frozen content (this function): every signature of one submission
 * records the same hash, and any change gives another.
 */
export const contentSha256 = (content: FrozenContent) =>
  createHash("sha256").update(canonicalJson(content)).digest("hex");
