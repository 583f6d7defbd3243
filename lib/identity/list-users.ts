import * as yup from "yup";
import { db } from "@/lib/core/db";
import { tooLong } from "@/lib/core/limit-messages";
import { pageArgs, pageSchema, toPage } from "@/lib/core/pagination";
import { validate } from "@/lib/core/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "./actor";
import { requireRole } from "./policy";

export const USER_ROLES = [
  "STUDENT",
  "ENTERPRISE",
  "UNIVERSITY_ADMIN",
  "UNIVERSITY_SUPERVISOR",
  "SYSTEM_ADMIN",
] as const;
/** active: confirmed and not disabled; disabled: refused at sign-in; unconfirmed: e-mail not confirmed yet. */
export const USER_STATES = ["active", "disabled", "unconfirmed"] as const;

export const listUsersSchema = pageSchema.shape({
  /** Words that must each appear in the name or the e-mail address. */
  q: yup.string().trim().max(100, tooLong).optional(),
  role: yup.string().oneOf(USER_ROLES, "required").optional(),
  state: yup.string().oneOf(USER_STATES, "required").optional(),
});

const STATE_WHERE: Record<(typeof USER_STATES)[number], Prisma.UserWhereInput> = {
  active: { disabledAt: null, emailVerified: { not: null } },
  disabled: { disabledAt: { not: null } },
  unconfirmed: { disabledAt: null, emailVerified: null },
};

/** Every account, newest first, for system admins: searched by name or e-mail, filtered by role and state. */
export async function listUsers(actor: Actor | null, input: unknown = {}) {
  requireRole(actor, "SYSTEM_ADMIN");
  const { q, role, state, ...page } = await validate(listUsersSchema, input);
  const words = (q ?? "").split(/\s+/).filter(Boolean);
  const where: Prisma.UserWhereInput = {
    ...(role && { role }),
    ...(state && STATE_WHERE[state]),
    ...(words.length > 0 && {
      AND: words.map((word) => ({
        OR: [
          { name: { contains: word, mode: "insensitive" as const } },
          { email: { contains: word, mode: "insensitive" as const } },
        ],
      })),
    }),
  };
  const rows = await db.user.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...pageArgs(page),
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      emailVerified: true,
      disabledAt: true,
      createdAt: true,
    },
  });
  return toPage(rows, page.limit);
}
