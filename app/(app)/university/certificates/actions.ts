"use server";
import { serverAction } from "@/lib/core/server-action";
import { requestPromotionCertificates } from "@/lib/documents/certificates/generate-promotion-certificates";
import { reinstateCertificate, revokeCertificate } from "@/lib/documents/certificates/revoke-certificate";

const fieldsOf = (input: unknown): Record<string, unknown> =>
  typeof input === "object" && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
const text = (value: unknown) => (typeof value === "string" ? value.trim().toUpperCase() : "");

/** A university admin has a promotion's certificates generated (in the background; asking again resumes). */
export const requestPromotionAction = serverAction(
  async (input: { programId: string; year: number }, actor) => requestPromotionCertificates(actor, input),
  { rateLimit: { name: "certificate-batch", points: 10, seconds: 60 } },
);

/** A university admin revokes a certificate, with a reason. */
export const revokeCertificateAction = serverAction(async (input: { serial: string; reason: string }, actor) => {
  const { serial, reason } = fieldsOf(input);
  return revokeCertificate(actor, text(serial), { reason });
});

/** A university admin reinstates a revoked certificate, with a reason. */
export const reinstateCertificateAction = serverAction(async (input: { serial: string; reason: string }, actor) => {
  const { serial, reason } = fieldsOf(input);
  return reinstateCertificate(actor, text(serial), { reason });
});
