import { db } from "@/lib/core/db";
import { conflict } from "@/lib/core/errors";
import { consume } from "@/lib/core/rate-limit";
import type { Actor } from "./actor";
import { issueAccountLink } from "./issue-account-link";
import { requireActor } from "./policy";

/** Sends a fresh verification link to the signed-in user (at most 3 an hour). */
export async function resendVerification(actor: Actor | null): Promise<void> {
  const me = requireActor(actor);
  if (me.emailVerified) throw conflict("emailAlreadyConfirmed");
  await consume("resend-verification", me.userId, 3, 3600);
  await db.$transaction((tx) =>
    issueAccountLink(tx, "VERIFY_EMAIL", { email: me.email, userId: me.userId, name: me.name, locale: me.locale }),
  );
}
