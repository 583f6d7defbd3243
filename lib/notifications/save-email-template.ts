import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireEmailTemplateEditor } from "./policy";
import { emailTemplateSchema } from "./schemas";

/**
 * Saves the staff's wording of an e-mail in one language (it replaces the catalogue's from the next e-mail
 * sent). Its variables are checked first: one the e-mail does not have, or a required one left out, is
 * refused with its name and nothing is saved.
 */
export async function saveEmailTemplate(actor: Actor | null, input: unknown) {
  const me = requireEmailTemplateEditor(actor);
  const { key, locale, subject, body } = await validate(emailTemplateSchema, input);
  return db.$transaction(async (tx) => {
    const where = { key_locale_channel: { key, locale, channel: "EMAIL" as const } };
    const before = await tx.notificationTemplate.findUnique({ where, select: { subject: true, body: true } });
    const row = await tx.notificationTemplate.upsert({
      where,
      create: { key, locale, channel: "EMAIL", subject, body, updatedById: me.userId },
      update: { subject, body, updatedById: me.userId },
      select: { id: true, key: true, locale: true, subject: true, body: true, updatedAt: true },
    });
    await recordAudit(tx, {
      actorId: me.userId,
      action: "emailTemplate.saved",
      entity: "NotificationTemplate",
      entityId: row.id,
      before,
      after: { key, locale, subject, body },
    });
    return row;
  });
}
