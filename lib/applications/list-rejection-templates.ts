import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireApplicationDecider } from "./policy";
import { builtInTemplates, ownTemplate, templateSelect, type TemplateView } from "./rejection-templates";

/**
 * The enterprise's rejection message templates, for its admins and recruiters (who decline):
 * the built-in ones first, then its own by name. Another enterprise's reads as not found.
 */
export async function listRejectionTemplates(
  actor: Actor | null,
  enterpriseId: string,
): Promise<{ items: TemplateView[] }> {
  const me = requireApplicationDecider(actor);
  if (me.enterprise.id !== enterpriseId) throw notFound("enterpriseNotFound");
  const own = await db.rejectionTemplate.findMany({
    where: { enterpriseId: me.enterprise.id },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: templateSelect,
  });
  return { items: [...builtInTemplates(me.locale), ...own.map(ownTemplate)] };
}
