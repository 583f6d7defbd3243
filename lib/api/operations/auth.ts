import { EnterpriseMemberRole, Role } from "@/lib/generated/prisma/enums";
import {
  loginSchema,
  refreshSchema,
  registerSchema,
  requestPasswordResetSchema,
  resetPasswordSchema,
  SELF_REGISTRATION_ROLES,
  verifyEmailSchema,
} from "@/lib/identity/schemas";
import { array, boolean, nullable, object, string, type ApiOperation } from "../operation";

const tokenPair = object({
  accessToken: string({ description: "JWT to send as `Authorization: Bearer …`." }),
  refreshToken: string({ description: "Opaque, single use: exchange it at /auth/refresh for a new pair." }),
  tokenType: { type: "string", const: "Bearer" },
  expiresIn: { type: "integer", description: "Lifetime of the access token in seconds." },
});

const tags = ["auth"];

export const authOperations: ApiOperation[] = [
  {
    method: "POST",
    path: "/auth/register",
    operationId: "register",
    summary: "Create a student account, or an enterprise with its first admin",
    description:
      "`enterpriseName` is required when `role` is ENTERPRISE and ignored otherwise. " +
      "Signing in works at once; a verification link is e-mailed.",
    tags,
    auth: false,
    requestBody: registerSchema,
    responses: {
      201: {
        description: "The account was created.",
        schema: object({
          user: object({
            id: string(),
            email: string({ format: "email" }),
            name: string(),
            role: { type: "string", enum: SELF_REGISTRATION_ROLES },
          }),
        }),
      },
      409: { description: "An account already exists with this e-mail address." },
    },
  },
  {
    method: "POST",
    path: "/auth/login",
    operationId: "login",
    summary: "Exchange an e-mail and password (and a TOTP code) for a token pair",
    description:
      "An account with two-step verification needs `code`: the current 6-digit TOTP code, or one of its " +
      "single-use recovery codes. Without it, or with a wrong or already used one, the answer is 401 with " +
      "`type` `https://stagiaire.app/problems/totp-required` (ask for the code and send the same request " +
      "with it); any other 401 means a wrong e-mail or password. A system admin without two-step " +
      "verification gets 403 `https://stagiaire.app/problems/totp-enrolment-required` until they turn it on " +
      "in the web app. A login from a device the account has not used before is e-mailed to the user.",
    tags,
    auth: false,
    requestBody: loginSchema,
    responses: {
      200: { description: "Signed in.", schema: tokenPair },
      401: { description: "Wrong e-mail or password; or (type `totp-required`) a TOTP or recovery code is needed." },
      403: { description: "A system admin must turn on two-step verification first (type `totp-enrolment-required`)." },
      429: { description: "Too many failed attempts for this account or address; retry after the given wait." },
    },
  },
  {
    method: "POST",
    path: "/auth/refresh",
    operationId: "refreshTokens",
    summary: "Exchange a refresh token for a new pair",
    description: "Each refresh token works once; presenting a used one revokes its whole family.",
    tags,
    auth: false,
    requestBody: refreshSchema,
    responses: {
      200: { description: "A new token pair.", schema: tokenPair },
      401: { description: "The refresh token is unknown, used, revoked or expired." },
    },
  },
  {
    method: "POST",
    path: "/auth/logout",
    operationId: "logout",
    summary: "Revoke a refresh token and its family",
    tags,
    auth: false,
    requestBody: refreshSchema,
    responses: { 204: { description: "Signed out (unknown tokens are ignored)." } },
  },
  {
    method: "GET",
    path: "/auth/me",
    operationId: "getMe",
    summary: "The caller's own account",
    tags,
    auth: true,
    responses: {
      200: {
        description: "The caller.",
        schema: object({
          id: string(),
          email: string({ format: "email" }),
          name: string(),
          role: { type: "string", enum: Object.values(Role) },
          locale: string(),
          emailVerified: { type: "boolean" },
          studentId: nullable(string()),
          enterpriseId: nullable(string()),
          enterpriseRole: { type: ["string", "null"], enum: [...Object.values(EnterpriseMemberRole), null] },
          universityId: nullable(string()),
        }),
      },
    },
  },
  {
    method: "GET",
    path: "/auth/me/export",
    operationId: "exportMyData",
    summary: "Everything the platform holds about the caller, as a ZIP",
    description:
      "`application/zip` with `data.json` (account, profile, applications and their history, saved offers and searches, notifications, sessions, actions taken) and every version of the caller's documents under `documents/`. Three exports a day per account (429 beyond).",
    tags,
    auth: true,
    responses: { 200: { description: "application/zip, the archive." } },
  },
  {
    method: "GET",
    path: "/auth/sessions",
    operationId: "listSessions",
    summary: "The caller's active sessions: browser sign-ins and API token families",
    description:
      "Browser sessions (one per sign-in) and API logins (one refresh-token family each), most recently " +
      "used first. `lastSeenAt` is updated at most every 5 minutes for browsers, at each refresh for API logins.",
    tags,
    auth: true,
    responses: {
      200: {
        description: "The active sessions.",
        schema: object({
          sessions: array(
            object({
              id: string({ description: "Pass it to DELETE /auth/sessions/{id}." }),
              kind: { type: "string", enum: ["browser", "api"] },
              current: { ...boolean(), description: "The browser session this request came through." },
              browser: nullable(string({ description: "Browser or client and its major version." })),
              os: nullable(string()),
              ip: nullable(string({ description: "Address at sign-in, then at the last update of lastSeenAt." })),
              signedInAt: string({ format: "date-time" }),
              lastSeenAt: string({ format: "date-time" }),
            }),
          ),
        }),
      },
      403: { description: "A system admin must turn on two-step verification first (type `totp-enrolment-required`)." },
    },
  },
  {
    method: "DELETE",
    path: "/auth/sessions/{id}",
    operationId: "endSession",
    summary: "End one of the caller's sessions",
    description:
      "A browser session's cookie is refused from then on, wherever it is; an API login's refresh token stops " +
      "working (access tokens already issued last until they expire, 15 minutes at most).",
    tags,
    auth: true,
    responses: {
      204: { description: "The session ended." },
      403: { description: "A system admin must turn on two-step verification first (type `totp-enrolment-required`)." },
      404: { description: "No such active session of the caller." },
    },
  },
  {
    method: "POST",
    path: "/auth/verify-email",
    operationId: "verifyEmail",
    summary: "Confirm an e-mail address with the token from the e-mailed link",
    tags,
    auth: false,
    requestBody: verifyEmailSchema,
    responses: {
      200: { description: "The address is verified.", schema: object({ verified: { type: "boolean", const: true } }) },
      400: { description: "The link is invalid or has expired, or the body is not valid." },
    },
  },
  {
    method: "POST",
    path: "/auth/reset-password",
    operationId: "resetPassword",
    summary: "Ask for a reset link (`{ email }`), or set a new password (`{ token, password }`)",
    tags,
    auth: false,
    requestBody: { oneOf: [requestPasswordResetSchema, resetPasswordSchema] },
    responses: {
      200: { description: "The password was changed.", schema: object({ reset: { type: "boolean", const: true } }) },
      202: {
        description: "A link was sent if an account exists (the answer is the same either way).",
        schema: object({ sent: { type: "boolean", const: true } }),
      },
      400: { description: "The link is invalid or has expired, or the body is not valid." },
    },
  },
];
