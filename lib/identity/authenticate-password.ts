import { env } from "@/lib/core/env";
import { AppError } from "@/lib/core/errors";
import { db } from "@/lib/core/db";
import { limiter, retryAfterSeconds, tooManyAttempts } from "@/lib/core/rate-limit";
import { validate } from "@/lib/core/validation";
import { decoyHash, verifyPassword } from "./password";
import { loginSchema } from "./schemas";
import { verifySecondFactor } from "./verify-second-factor";

const WINDOW_SECONDS = 15 * 60;

const limiters = () => ({
  account: limiter("login-fail-account", env().RATE_LIMIT_LOGIN_PER_ACCOUNT, WINDOW_SECONDS),
  ip: limiter("login-fail-ip", env().RATE_LIMIT_LOGIN_PER_IP, WINDOW_SECONDS),
});

/**
 * Checks an e-mail and password, then the second factor when the account has one (TOTP_REQUIRED
 * without a code or with a wrong one). Failed attempts are counted per account and per IP in
 * Postgres (shared by all instances); once either budget is spent, sign-in answers RATE_LIMITED
 * with the wait, even for the right password. Success clears the account's count.
 */
export async function authenticatePassword(input: unknown, ip: string) {
  const { email, password, code } = await validate(loginSchema, input);
  const { account, ip: perIp } = limiters();
  const [accountState, ipState] = await Promise.all([account.get(email), perIp.get(ip)]);
  for (const [state, budget] of [
    [accountState, account.points],
    [ipState, perIp.points],
  ] as const) {
    if (state && state.consumedPoints >= budget) throw tooManyAttempts(retryAfterSeconds(state));
  }

  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  if (!user || !valid || user.disabledAt) {
    // penalty() adds to the count without rejecting; the check above does the blocking.
    await Promise.all([account.penalty(email), perIp.penalty(ip)]);
    throw new AppError("UNAUTHENTICATED", "wrongCredentials");
  }
  await account.delete(email);
  if (user.totpEnabledAt) await verifySecondFactor(user, code, ip);
  return user;
}
