import type { Actor } from "@/lib/identity/actor";
import { generateInternshipDocument } from "./generate-certificate";

/** The attestation (who, where, from when) of an agreed or running internship; see generateInternshipDocument. */
export const generateAttestation = (actor: Actor | null, internshipId: string) =>
  generateInternshipDocument(actor, internshipId, "ATTESTATION");
