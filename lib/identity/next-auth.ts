import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import LinkedIn from "next-auth/providers/linkedin";
import { cookies, headers } from "next/headers";
import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { AppError } from "@/lib/core/errors";
import { logger } from "@/lib/core/logger";
import { clientIp } from "@/lib/core/request-info";
import { authenticatePassword } from "./authenticate-password";
import {
  resolveBrowserSession,
  revokeBrowserSession,
  SESSION_IDLE_SECONDS,
  startBrowserSession,
  type BrowserClient,
} from "./browser-session";

declare module "next-auth" {
  interface Session {
    /** The browser session's row (Session.id), present only once the row was found active. */
    sessionId?: string;
  }
}

/** The long-lived cookie that tells a known browser from a new device (decision 0010). */
const DEVICE_COOKIE = "stagiaire-device";

/** Carries a refusal to the sign-in form; Auth.js passes only `code` through. */
class RefusedSignin extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

async function browserClient(): Promise<BrowserClient> {
  const requestHeaders = await headers();
  return {
    ip: clientIp(requestHeaders),
    userAgent: requestHeaders.get("user-agent") ?? undefined,
    deviceCookie: (await cookies()).get(DEVICE_COOKIE)?.value,
  };
}

/** Sign-in happens in a server action or a route handler, both of which may set cookies. */
async function rememberDevice(value: string): Promise<void> {
  (await cookies()).set(DEVICE_COOKIE, value, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().APP_URL.startsWith("https://"),
    path: "/",
    maxAge: 2 * 365 * 24 * 3600,
  });
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

/**
 * OAuth/OIDC cannot ask for our second factor: an account with TOTP on signs in with its password
 * and code instead (decision 0010).
 */
export async function allowSignIn({ user, account }: { user: { id?: string }; account?: { type: string } | null }) {
  if (!account || account.type === "credentials" || !user.id) return true;
  const found = await db.user.findUnique({ where: { id: user.id }, select: { totpEnabledAt: true } });
  return !found?.totpEnabledAt;
}

function config(): NextAuthConfig {
  return {
    secret: env().AUTH_SECRET,
    trustHost: true,
    adapter: PrismaAdapter(db as never),
    // Credentials sign-in requires JWT sessions. Each carries the secret of a Session row, checked
    // on every request (the jwt callback), so a session ends server-side: decision 0010.
    session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
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
        credentials: { email: {}, password: {}, code: {} },
        async authorize(credentials, request) {
          try {
            const user = await authenticatePassword(credentials, clientIp(request.headers));
            return { id: user.id, email: user.email, name: user.name };
          } catch (error) {
            if (error instanceof AppError && error.code === "RATE_LIMITED") {
              throw new RefusedSignin(`rate_limited:${error.details.retryAfterSeconds ?? 60}`);
            }
            // The password was right: the form asks for the code (or says it was wrong).
            if (error instanceof AppError && error.code === "TOTP_REQUIRED") {
              throw new RefusedSignin(`totp:${error.reason.key}`);
            }
            if (error instanceof AppError) return null;
            throw error;
          }
        },
      }),
      ...oauthProviders(),
    ],
    callbacks: {
      signIn: allowSignIn,
      async jwt({ token, user, trigger }) {
        if (user?.id && (trigger === "signIn" || trigger === "signUp")) {
          const client = await browserClient();
          const started = await startBrowserSession(user.id, client);
          if (started.deviceCookie !== client.deviceCookie) await rememberDevice(started.deviceCookie);
          return { ...token, uid: user.id, sid: started.secret, sessionId: started.sessionId };
        }
        // Every later read of the cookie (pages, actions, API, GET /api/auth/session) checks the row;
        // null makes Auth.js drop the cookie instead of re-issuing it.
        if (typeof token.uid !== "string" || typeof token.sid !== "string") return null;
        const live = await resolveBrowserSession(token.sid, token.uid, await browserClient());
        return live ? { ...token, sessionId: live.id } : null;
      },
      session({ session, token }) {
        if (typeof token.uid === "string") session.user.id = token.uid;
        if (typeof token.sessionId === "string") session.sessionId = token.sessionId;
        return session;
      },
    },
    events: {
      // Both the app's sign-out action and POST /api/auth/signout end the session's row.
      async signOut(message) {
        const token = "token" in message ? message.token : null;
        if (typeof token?.sid === "string") await revokeBrowserSession(token.sid);
      },
      // Someone who arrives through OAuth/OIDC for the first time is a student.
      async createUser({ user }) {
        if (user.id) await db.student.upsert({ where: { userId: user.id }, create: { userId: user.id }, update: {} });
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => config());
