import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireEmailTemplateEditor } from "./policy";
import { emailTemplateRefSchema } from "./schemas";

/** Puts an e-mail back to the catalogue's wording in one language (the staff's is deleted); nothing to do when it already is. */
export async function resetEmailTemplate(actor: Actor | null, input: unknown): Promise<{ reset: boolean }> {
  const me = requireEmailTemplateEditor(actor);
  const { key, locale } = await validate(emailTemplateRefSchema, input);
  return db.$transaction(async (tx) => {
    const row = await tx.notificationTemplate.findUnique({
      where: { key_locale_channel: { key, locale, channel: "EMAIL" } },
      select: { id: true, subject: true, body: true },
    });
    if (!row) return { reset: false };
    await tx.notificationTemplate.delete({ where: { id: row.id } });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "emailTemplate.reset",
      entity: "NotificationTemplate",
      entityId: row.id,
      before: { key, locale, subject: row.subject, body: row.body },
    });
    return { reset: true };
  });
}
