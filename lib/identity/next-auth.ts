import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import LinkedIn from "next-auth/providers/linkedin";
import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { AppError } from "@/lib/core/errors";
import { logger } from "@/lib/core/logger";
import { clientIp } from "@/lib/core/request-info";
import { authenticatePassword } from "./authenticate-password";

declare module "next-auth" {
  interface Session {
    /** When the session token was issued (seconds), to refuse tokens older than a password reset. */
    issuedAt?: number;
  }
}

/** Carries the wait to the sign-in form; Auth.js passes only `code` through. */
class RateLimitedSignin extends CredentialsSignin {
  constructor(seconds: number) {
    super();
    this.code = `rate_limited:${seconds}`;
  }
}

/** OAuth/OIDC providers, each switched on by its environment variables. */
export function oauthProviders(): Provider[] {
  const e = env();
  const providers: Provider[] = [];
  if (e.AUTH_GOOGLE_ID && e.AUTH_GOOGLE_SECRET)
    providers.push(Google({ clientId: e.AUTH_GOOGLE_ID, clientSecret: e.AUTH_GOOGLE_SECRET }));
  if (e.AUTH_GITHUB_ID && e.AUTH_GITHUB_SECRET)
    providers.push(GitHub({ clientId: e.AUTH_GITHUB_ID, clientSecret: e.AUTH_GITHUB_SECRET }));
  if (e.AUTH_LINKEDIN_ID && e.AUTH_LINKEDIN_SECRET)
    providers.push(LinkedIn({ clientId: e.AUTH_LINKEDIN_ID, clientSecret: e.AUTH_LINKEDIN_SECRET }));
  if (e.AUTH_OIDC_ISSUER && e.AUTH_OIDC_ID && e.AUTH_OIDC_SECRET) {
    providers.push({
      id: "oidc",
      name: e.AUTH_OIDC_NAME,
      type: "oidc",
      issuer: e.AUTH_OIDC_ISSUER,
      clientId: e.AUTH_OIDC_ID,
      clientSecret: e.AUTH_OIDC_SECRET,
    });
  }
  return providers;
}

function config(): NextAuthConfig {
  return {
    secret: env().AUTH_SECRET,
    trustHost: true,
    adapter: PrismaAdapter(db as never),
    // Credentials sign-in requires JWT sessions; the actor is reloaded from the database on each request.
    session: { strategy: "jwt", maxAge: 7 * 24 * 3600 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    // A refused password is an expected outcome, not a server error.
    logger: {
      error: (error) =>
        error.name === "CredentialsSignin"
          ? logger.info("sign-in refused")
          : logger.error({ err: error }, "auth error"),
      warn: (code) => logger.warn({ code }, "auth warning"),
      debug: () => {},
    },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(credentials, request) {
          try {
            const user = await authenticatePassword(credentials, clientIp(request.headers));
            return { id: user.id, email: user.email, name: user.name };
          } catch (error) {
            if (error instanceof AppError && error.code === "RATE_LIMITED") {
              throw new RateLimitedSignin(error.details.retryAfterSeconds ?? 60);
            }
            if (error instanceof AppError) return null;
            throw error;
          }
        },
      }),
      ...oauthProviders(),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user?.id) token.uid = user.id;
        return token;
      },
      session({ session, token }) {
        if (typeof token.uid === "string") session.user.id = token.uid;
        if (typeof token.iat === "number") session.issuedAt = token.iat;
        return session;
      },
    },
    events: {
      // Someone who arrives through OAuth/OIDC for the first time is a student.
      async createUser({ user }) {
        if (user.id) await db.student.upsert({ where: { userId: user.id }, create: { userId: user.id }, update: {} });
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => config());
