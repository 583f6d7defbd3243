import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/core/env";

/** A key of its own for visit invitation links, derived from AUTH_SECRET. */
const key = () => Buffer.from(hkdfSync("sha256", env().AUTH_SECRET, "", "stagiaire visit invitation v1", 32));

const mac = (visitId: string, email: string) =>
  createHmac("sha256", key()).update(`${visitId}\n${email.toLowerCase()}`).digest("base64url");

/**
 * The invitation (.ics) of a visit for a tutor without an account, in the e-mail they get: signed
 * for the visit and their address, so it stops opening when the agreement names another tutor.
 */
export const signedVisitInviteUrl = (internshipId: string, visitId: string, email: string) =>
  `${env().APP_URL}/api/v1/internships/${internshipId}/visits/${visitId}/invite.ics?sig=${mac(visitId, email)}`;

export function checkVisitSignature(visitId: string, email: string, signature: string): boolean {
  const expected = Buffer.from(mac(visitId, email));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
