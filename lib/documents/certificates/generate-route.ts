import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { generateAttestation } from "./generate-attestation";
import { generateCertificate } from "./generate-certificate";
import { generateSchema } from "./schemas";

/** POST /documents/generate/{kind}: 201 with the new one, 200 with the one already issued. */
export async function generateFromRequest(actor: Actor | null, kind: "attestation" | "certificate", body: unknown) {
  const { internshipId } = await validate(generateSchema, body);
  const issued = await (kind === "certificate" ? generateCertificate : generateAttestation)(actor, internshipId);
  const { created, ...certificate } = issued;
  return Response.json({ ...certificate, status: "VALID" }, { status: created ? 201 : 200 });
}
