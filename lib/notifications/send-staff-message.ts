import { db } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { conflict, notFound } from "@/lib/core/errors";
import { recordAudit } from "@/lib/core/audit";
import { translator } from "@/lib/core/translator";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { universityScope } from "@/lib/universities/policy";
import { notifyUser } from "./notify-user";
import { staffMessageSchema } from "./schemas";
import { renderEmail } from "./templates/layout";

const MAX_RECIPIENTS = 5000;

/**
 * A message from a university's admins (or a system admin) to a group: the students of one of
 * their programs, or the interns of an enterprise whose internships they follow. Each recipient
 * gets it on the channels they keep on for staff messages, with their digest and quiet hours.
 */
export async function sendStaffMessage(
  actor: Actor | null,
  input: unknown,
): Promise<{ recipients: number; inApp: number; email: number; push: number }> {
  const me = requireRole(actor, "UNIVERSITY_ADMIN", "SYSTEM_ADMIN");
  const scope = universityScope(me);
  const { audience, title, body, link } = await validate(staffMessageSchema, input);
  const active = { deletedAt: null, disabledAt: null };
  const userSelect = { id: true, email: true, name: true, locale: true } as const;

  let users: { id: string; email: string; name: string; locale: string }[];
  if (audience.type === "program") {
    const program = await db.program.findFirst({
      where: { id: audience.id, department: { ...scope } },
      select: { id: true },
    });
    if (!program) throw notFound("audienceNotFound");
    users = await db.user.findMany({
      where: { ...active, student: { programId: program.id } },
      select: userSelect,
      take: MAX_RECIPIENTS + 1,
    });
  } else {
    users = await db.user.findMany({
      where: {
        ...active,
        student: {
          internships: { some: { enterpriseId: audience.id, status: { in: ["PLANNED", "ACTIVE"] }, ...scope } },
        },
      },
      select: userSelect,
      take: MAX_RECIPIENTS + 1,
    });
    if (users.length === 0 && !(await db.enterprise.findFirst({ where: { id: audience.id }, select: { id: true } }))) {
      throw notFound("audienceNotFound");
    }
  }
  if (users.length > MAX_RECIPIENTS) throw conflict({ key: "tooManyRecipients", values: { max: MAX_RECIPIENTS } });

  const path = link ?? "/notifications";
  return db.$transaction(
    async (tx) => {
      const totals = { recipients: users.length, inApp: 0, email: 0, push: 0 };
      for (const user of users) {
        const emails = translator(user.locale, "emails");
        const sent = await notifyUser(tx, user, {
          kind: "staffMessages",
          title,
          body,
          link: path,
          data: { from: me.userId, audience },
          email: renderEmail({
            template: "staff-message",
            subject: title,
            greeting: user.name ? emails("greetingNamed", { name: user.name }) : emails("greeting"),
            paragraphs: body.split(/\n{2,}/),
            action: { label: translator(user.locale, "notifications.email")("open"), url: `${env().APP_URL}${path}` },
            footer: emails("footer"),
          }),
        });
        totals.inApp += Number(sent.inApp);
        totals.email += Number(sent.email);
        totals.push += Number(sent.push);
      }
      await recordAudit(tx, {
        actorId: me.userId,
        action: "notification.staff-message",
        entity: audience.type === "program" ? "Program" : "Enterprise",
        entityId: audience.id,
        after: { title, recipients: users.length },
      });
      return totals;
    },
    { timeout: 60_000 },
  );
}
