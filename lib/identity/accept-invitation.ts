import { db } from "@/lib/core/db";
import { isUniqueViolation } from "@/lib/core/db-errors";
import { conflict } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import { validate } from "@/lib/core/validation";
import type { Role } from "@/lib/generated/prisma/client";
import { consumeAccountLink } from "./consume-account-link";
import { hashPassword } from "./password";
import { acceptInvitationSchema } from "./schemas";

/** Creates the invited staff account; the link proves the address, so it starts verified. */
export async function acceptInvitation(input: unknown): Promise<{ email: string }> {
  const data = await validate(acceptInvitationSchema, input);
  const passwordHash = await hashPassword(data.password);
  try {
    return await db.$transaction(async (tx) => {
      const link = await consumeAccountLink(tx, "INVITATION", data.token);
      const invite = link.data as { role: Role; universityId: string };
      const user = await tx.user.create({
        data: {
          email: link.email,
          name: data.name,
          role: invite.role,
          passwordHash,
          emailVerified: new Date(),
          universityStaff: { create: { universityId: invite.universityId } },
        },
      });
      await recordEvent(tx, "user.registered", { userId: user.id });
      return { email: user.email };
    });
  } catch (error) {
    if (isUniqueViolation(error, "email")) throw conflict("An account already exists with this e-mail address.");
    throw error;
  }
}
