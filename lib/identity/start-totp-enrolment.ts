import { db } from "@/lib/core/db";
import { conflict } from "@/lib/core/errors";
import type { Actor } from "./actor";
import { requireSignedIn } from "./policy";
import { newTotpSecret, totpUri } from "./totp";

/**
 * First step of turning on two-step verification: a new secret, pending until a first code
 * confirms it (confirm-totp). Starting again replaces a pending secret; an active one stays.
 * Open to a system admin who has none yet: enrolling is what they are sent to do.
 */
export async function startTotpEnrolment(actor: Actor | null): Promise<{ secret: string; uri: string }> {
  const me = requireSignedIn(actor);
  const secret = newTotpSecret();
  const pending = await db.user.updateMany({
    where: { id: me.userId, totpEnabledAt: null },
    data: { totpSecret: secret, totpLastStep: null },
  });
  if (pending.count === 0) throw conflict("totpAlreadyEnabled");
  return { secret, uri: totpUri(secret, me.email) };
}
