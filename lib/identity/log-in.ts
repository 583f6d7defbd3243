import { db } from "@/lib/core/db";
import { authenticatePassword } from "./authenticate-password";
import { apiDeviceKey } from "./device";
import { totpEnrolmentRequired } from "./policy";
import { recognizeDevice, type SignInClient } from "./sign-in-device";
import { startTokenFamily, type TokenPair } from "./token-pair";

/**
 * Login for API clients: password, then the TOTP code when the account has one; a system admin
 * without a second factor is refused until they enrol on the website. A new device is e-mailed.
 */
export async function logIn(input: unknown, client: SignInClient): Promise<TokenPair> {
  const user = await authenticatePassword(input, client.ip);
  if (user.role === "SYSTEM_ADMIN" && !user.totpEnabledAt) throw totpEnrolmentRequired();
  await db.$transaction((tx) => recognizeDevice(tx, user, apiDeviceKey(client.userAgent, client.ip), client));
  return startTokenFamily(user, client);
}
