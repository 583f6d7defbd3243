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
import { nullable, object, string, type ApiOperation } from "../operation";

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
    summary: "Exchange an e-mail and password for a token pair",
    tags,
    auth: false,
    requestBody: loginSchema,
    responses: {
      200: { description: "Signed in.", schema: tokenPair },
      401: { description: "Wrong e-mail or password." },
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
