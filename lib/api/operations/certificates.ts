import { generateSchema, promotionSchema, revocationSchema } from "@/lib/documents/certificates/schemas";
import { integer, nullable, object, string, type ApiOperation, type JsonSchema } from "../operation";

// Attestations and certificates (issue 10): generated as PDF with an embedded Open Badges 3.0
// credential signed by the platform (eddsa-rdfc-2022, did:web), revocable through a status list.

const tags = ["certificates"];
const instant = (): JsonSchema => string({ format: "date-time" });
const kind: JsonSchema = { type: "string", enum: ["ATTESTATION", "CERTIFICATE"] };
const status: JsonSchema = { type: "string", enum: ["VALID", "REVOKED"] };
const issued = object({ id: string(), serial: string(), kind, issuedAt: instant(), status });
const credential: JsonSchema = {
  type: "object",
  description: "The signed W3C Verifiable Credential 2.0 (OpenBadgeCredential, achievement type Fieldwork).",
  additionalProperties: true,
};
const lookUp: JsonSchema = {
  oneOf: [
    object({
      status,
      serial: string(),
      kind,
      issuedAt: instant(),
      revokedAt: nullable(instant()),
      revocationReason: nullable(string()),
      holder: object({ name: string() }),
      internship: object({
        enterprise: string(),
        title: nullable(string()),
        startDate: instant(),
        endDate: instant(),
      }),
      issuer: object({ id: string({ description: "The platform's did:web." }), name: string() }),
      credential,
    }),
    object({ status: { type: "string", const: "UNKNOWN" }, serial: string() }),
  ],
};
const progress = object({ total: integer({ minimum: 0 }), issued: integer({ minimum: 0 }) });

const generate = (which: "attestation" | "certificate"): ApiOperation => ({
  method: "POST",
  path: `/documents/generate/${which}`,
  summary: which === "certificate" ? "Generate an internship's certificate" : "Generate an internship's attestation",
  description: `The internship's student, its supervisor, its university's admins or a system admin: ${
    which === "certificate"
      ? "the certificate of a COMPLETED internship (dates, hours, host, tasks, the evaluation summary); it is also issued automatically on `internship.completed`"
      : "the attestation of a PLANNED, ACTIVE or COMPLETED internship (who, where, from when)"
  }. A PDF in the university's name and the student's language, with its serial, a QR code to \`/verify/{serial}\` and the signed credential embedded (\`credential.json\`), stored as the student's document. One per internship: asked again, the one already issued is answered (200). Emits \`certificate.generated\` (the student is told).`,
  tags,
  auth: true,
  requestBody: generateSchema,
  responses: {
    201: { description: "Issued.", schema: issued },
    200: { description: "Already issued: the same one.", schema: issued },
    403: { description: "An enterprise." },
    404: { description: "No such internship of the caller's." },
    409: { description: "Not in a state that allows it (a certificate needs a completed internship)." },
  },
});

const revocation = (which: "revoke" | "reinstate"): ApiOperation => ({
  method: "POST",
  path: `/certificates/{serial}/${which}`,
  summary: which === "revoke" ? "Revoke a certificate" : "Reinstate a revoked certificate",
  description: `The university's admins, the internship's academic supervisor, or a system admin, with a \`reason\` (kept and audited). ${
    which === "revoke"
      ? "Its bit in the status list is set: every verifier sees it revoked, with the date and the reason."
      : "Its bit in the status list is cleared."
  }`,
  tags,
  auth: true,
  requestBody: revocationSchema,
  responses: {
    200: {
      description: "Done.",
      schema: object({ serial: string(), status, revokedAt: nullable(instant()) }),
    },
    403: { description: "Not a university admin or supervisor." },
    404: { description: "No certificate of the caller's university (or supervised internship) with this serial." },
    409: { description: which === "revoke" ? "Already revoked." : "Not revoked." },
  },
});

export const certificatesOperations: ApiOperation[] = [
  generate("attestation"),
  generate("certificate"),
  {
    method: "GET",
    path: "/certificates/{serial}",
    summary: "Check a certificate by its serial",
    description:
      "Public, no sign-in: the status (`VALID`, `REVOKED` with `revokedAt` and the public `revocationReason`, or `UNKNOWN` for a serial never issued), the holder, the internship, the issuer and the signed credential.",
    tags,
    auth: false,
    responses: { 200: { description: "What is known of the serial.", schema: lookUp } },
  },
  {
    method: "GET",
    path: "/certificates/{serial}/credential",
    summary: "Download a certificate's credential",
    description: "Public: the signed credential as a JSON-LD file, to keep in a wallet or to check offline.",
    tags,
    auth: false,
    responses: {
      200: { description: "The credential (`application/ld+json`).", schema: credential },
      404: { description: "No certificate with this serial." },
    },
  },
  revocation("revoke"),
  revocation("reinstate"),
  {
    method: "POST",
    path: "/certificates/verify",
    summary: "Verify a certificate file",
    description:
      "Public, no sign-in. The body is a certificate's PDF (`application/pdf`) or its credential JSON (`application/json`), or either as the `file` field of `multipart/form-data` (6 MB at most). The credential's Data Integrity proof is checked against the platform's key (`/.well-known/did.json`) with bundled contexts only; a PDF must also be byte for byte the one issued. `valid: false` with `reason` `signatureMismatch` (a changed field, another key or issuer) or `documentAltered` (a PDF whose bytes changed): the file does not match the signed original. A revoked certificate is `valid` with `status: REVOKED`.",
    tags,
    auth: false,
    responses: {
      200: {
        description: "The verdict.",
        schema: {
          oneOf: [
            object({
              valid: { type: "boolean", const: true },
              status,
              serial: nullable(string()),
              revokedAt: nullable(instant()),
            }),
            object({
              valid: { type: "boolean", const: false },
              reason: { type: "string", enum: ["signatureMismatch", "documentAltered"] },
            }),
          ],
        },
      },
      400: { description: "Neither a PDF carrying a credential nor a JSON object." },
      413: { description: "Larger than 6 MB." },
    },
  },
  {
    method: "GET",
    path: "/certificates/status-list",
    summary: "The revocation status list",
    description:
      "Public: the platform's BitstringStatusListCredential (status purpose `revocation`), signed with the same key; each certificate's `credentialStatus.statusListIndex` is its bit.",
    tags,
    auth: false,
    responses: { 200: { description: "The signed status list credential.", schema: credential } },
  },
  {
    method: "POST",
    path: "/certificates/batches",
    summary: "Generate a promotion's certificates",
    description:
      "University admins: the certificates of every completed internship of the promotion are generated in the background, one per internship (those already issued are skipped), so asking again after a failure resumes. Answers the progress (`total` completed internships, `issued` with their certificate) when asked: asking again shows how far it went.",
    tags,
    auth: true,
    requestBody: promotionSchema,
    responses: {
      202: { description: "Started (or nothing left to do).", schema: progress },
      403: { description: "Not a university admin." },
      404: { description: "Not a program of the caller's university." },
    },
  },
];
