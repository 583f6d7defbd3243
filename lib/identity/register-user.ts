import { db } from "@/lib/core/db";
import { isUniqueViolation } from "@/lib/core/db-errors";
import { AppError, field } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import { slugify, slugSuffix } from "@/lib/core/slug";
import { validate } from "@/lib/core/validation";
import { issueAccountLink } from "./issue-account-link";
import { membershipConflict } from "./membership-conflict";
import { hashPassword } from "./password";
import { registerSchema } from "./schemas";

/**
 * Self-registration of a student, or of an enterprise with its first member (its admin).
 * The account can sign in at once; a verification link is e-mailed.
 */
export async function registerUser(input: unknown) {
  const data = await validate(registerSchema, input);
  const passwordHash = await hashPassword(data.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: data.email,
          name: data.name,
          role: data.role,
          passwordHash,
          locale: data.locale,
          ...(data.role === "STUDENT" && { student: { create: {} } }),
        },
        select: { id: true, email: true, name: true, role: true },
      });
      if (data.role === "ENTERPRISE") {
        const base = slugify(data.enterpriseName!);
        const taken = await tx.enterprise.findUnique({ where: { slug: base }, select: { id: true } });
        const enterprise = await tx.enterprise.create({
          data: {
            name: data.enterpriseName!,
            slug: taken ? `${base}-${slugSuffix()}` : base,
            applicationEmail: data.email,
            members: { create: { userId: user.id, role: "ADMIN" } },
          },
        });
        await recordEvent(tx, "enterprise.created", { enterpriseId: enterprise.id, userId: user.id });
      }
      await issueAccountLink(tx, "VERIFY_EMAIL", {
        email: user.email,
        userId: user.id,
        name: user.name,
        locale: data.locale,
      });
      await recordEvent(tx, "user.registered", { userId: user.id });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error, "email")) {
      throw new AppError("CONFLICT", "emailTaken", {
        fieldErrors: { email: field("emailTaken") },
      });
    }
    throw membershipConflict(error);
  }
}
