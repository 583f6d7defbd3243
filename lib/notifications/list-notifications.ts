import { db } from "@/lib/core/db";
import { pageArgs, pageSchema, toPage } from "@/lib/core/pagination";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireOwnNotifications } from "./policy";

/** The user's notifications, newest first, with how many are unread. */
export async function listNotifications(actor: Actor | null, userId: string, input: unknown = {}) {
  const me = requireOwnNotifications(actor, userId);
  const page = await validate(pageSchema, input);
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId: me.userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageArgs(page),
      select: { id: true, type: true, title: true, body: true, link: true, readAt: true, createdAt: true },
    }),
    db.notification.count({ where: { userId: me.userId, readAt: null } }),
  ]);
  return { ...toPage(rows, page.limit), unread };
}
