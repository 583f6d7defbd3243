"use server";
import { serverAction } from "@/lib/core/server-action";
import { generateInternshipDocument } from "@/lib/documents/certificates/generate-certificate";

/** The student or the staff following the internship has its certificate or attestation generated. */
export const generateInternshipDocumentAction = serverAction(
  async (input: { id: string; kind: "CERTIFICATE" | "ATTESTATION" }, actor) => {
    const kind = input.kind === "ATTESTATION" ? "ATTESTATION" : "CERTIFICATE";
    const { serial } = await generateInternshipDocument(actor, typeof input.id === "string" ? input.id : "", kind);
    return { serial };
  },
  { rateLimit: { name: "generate-certificate", points: 30, seconds: 60 } },
);
