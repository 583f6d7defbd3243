/**
 * `npm run demo:code`: the current sign-in code of the demo system admin (two-step verification
 * is required for system admins), for a newcomer without an authenticator app. Another base32
 * secret can be given as the argument.
 */
import { currentTotpCode } from "../lib/identity/totp";
import { DEMO_ADMIN_TOTP_SECRET } from "../prisma/seed";

const secret = process.argv[2] ?? DEMO_ADMIN_TOTP_SECRET;
// The server also accepts the code of the period before the current one (clock drift).
const left = 30 - (Math.floor(Date.now() / 1000) % 30) + 30;
console.log(`${currentTotpCode(secret)}   (accepted for about ${left} more seconds, once)`);
