import { db } from "@/lib/core/db";
import { pageArgs, pageSchema, toPage } from "@/lib/core/pagination";
import { validate } from "@/lib/core/validation";
import type { Actor } from "./actor";
import { requireRole } from "./policy";

/** Every account, newest first, for system admins. */
export async function listUsers(actor: Actor | null, input: unknown = {}) {
  requireRole(actor, "SYSTEM_ADMIN");
  const page = await validate(pageSchema, input);
  const rows = await db.user.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...pageArgs(page),
    select: { id: true, email: true, name: true, role: true, emailVerified: true, createdAt: true },
  });
  return toPage(rows, page.limit);
}
