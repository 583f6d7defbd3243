import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { AppError } from "@/lib/core/errors";
import { limiter, retryAfterSeconds, tooManyAttempts } from "@/lib/core/rate-limit";
import { isTotpCode, recoveryCodeDigest, totpStep } from "./totp";

const WINDOW_SECONDS = 15 * 60;

const limiters = () => ({
  account: limiter("totp-fail-account", env().RATE_LIMIT_LOGIN_PER_ACCOUNT, WINDOW_SECONDS),
  // The same per-IP budget as passwords: one address gets one budget of failed sign-in steps.
  ip: limiter("login-fail-ip", env().RATE_LIMIT_LOGIN_PER_IP, WINDOW_SECONDS),
});

type TotpUser = { id: string; totpSecret: string | null };

/**
 * The second step of signing in, or the proof for turning TOTP off: a current TOTP code, each
 * accepted once (its time step is recorded), or an unused recovery code, spent by this use.
 * Failures are counted per account and per IP like passwords; once a budget is spent even the
 * right code waits.
 */
export async function verifySecondFactor(user: TotpUser, code: string | undefined, ip: string): Promise<void> {
  if (!code) throw new AppError("TOTP_REQUIRED", "totpRequired");
  const { account, ip: perIp } = limiters();
  const [accountState, ipState] = await Promise.all([account.get(user.id), perIp.get(ip)]);
  for (const [state, budget] of [
    [accountState, account.points],
    [ipState, perIp.points],
  ] as const) {
    if (state && state.consumedPoints >= budget) throw tooManyAttempts(retryAfterSeconds(state));
  }
  if (!(await spendCode(user, code))) {
    await Promise.all([account.penalty(user.id), perIp.penalty(ip)]);
    throw new AppError("TOTP_REQUIRED", "wrongTotpCode");
  }
  await account.delete(user.id);
}

async function spendCode(user: TotpUser, code: string): Promise<boolean> {
  if (isTotpCode(code)) {
    const step = user.totpSecret ? totpStep(user.totpSecret, code) : null;
    if (step === null) return false;
    // A code seen once (this step or a later one already used) is a replay.
    const claimed = await db.user.updateMany({
      where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return claimed.count === 1;
  }
  const spent = await db.totpRecoveryCode.updateMany({
    where: { userId: user.id, codeHash: recoveryCodeDigest(code), usedAt: null },
    data: { usedAt: new Date() },
  });
  return spent.count === 1;
}
