"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { AppError } from "@/lib/core/errors";
import { tooManyAttempts } from "@/lib/core/rate-limit";
import { serverAction } from "@/lib/core/server-action";
import { validate } from "@/lib/core/validation";
import { acceptInvitation } from "@/lib/identity/accept-invitation";
import { signIn, signOut } from "@/lib/identity/next-auth";
import { registerUser } from "@/lib/identity/register-user";
import { requestPasswordReset } from "@/lib/identity/request-password-reset";
import { resendVerification } from "@/lib/identity/resend-verification";
import { resetPassword } from "@/lib/identity/reset-password";
import { loginSchema } from "@/lib/identity/schemas";
import { verifyEmail } from "@/lib/identity/verify-email";
import { confirmEmailChange } from "@/lib/identity/confirm-email-change";

/** Signs in, or says that the account's second factor is needed (the form then asks for the code). */
async function startSession(email: string, password: string, code = ""): Promise<{ codeRequired: boolean }> {
  try {
    await signIn("credentials", { email, password, code, redirect: false });
    return { codeRequired: false };
  } catch (error) {
    const refusal = error instanceof CredentialsSignin ? error.code : "";
    if (refusal.startsWith("rate_limited:")) throw tooManyAttempts(Number(refusal.split(":")[1]) || 60);
    if (refusal === "totp:totpRequired") return { codeRequired: true };
    if (refusal === "totp:wrongTotpCode") throw new AppError("TOTP_REQUIRED", "wrongTotpCode");
    if (error instanceof AuthError) throw new AppError("UNAUTHENTICATED", "wrongCredentials");
    throw error;
  }
}

export const signInWithPassword = serverAction(async (input: { email: string; password: string; code?: string }) => {
  const { email, password, code } = await validate(loginSchema, input);
  return startSession(email, password, code);
});

export const register = serverAction(
  async (input: Record<string, unknown>) => {
    const user = await registerUser(input);
    await startSession(user.email, String(input.password));
    return { email: user.email };
  },
  { rateLimit: { name: "register", points: 10, seconds: 3600 } },
);

export const confirmEmail = serverAction((input: { token: string }) => verifyEmail(input).then(() => null));

export const sendVerificationAgain = serverAction((_: null, actor) => resendVerification(actor), { input: "any" });

export const askPasswordReset = serverAction((input: { email: string }) => requestPasswordReset(input));

export const chooseNewPassword = serverAction((input: { token: string; password: string }) => resetPassword(input));

export const joinUniversity = serverAction((input: { token: string; name: string; password: string }) =>
  acceptInvitation(input),
);

export const signOutAction = serverAction(
  async (_: null) => {
    await signOut({ redirectTo: "/" });
    return null;
  },
  { input: "any" },
);

export const confirmNewEmail = serverAction((input: { token: string }) => confirmEmailChange(input));
