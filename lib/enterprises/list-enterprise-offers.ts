import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import { pageArgs, toPage } from "@/lib/core/pagination";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { visibleOffer } from "@/lib/offers/visible-offer";
import { isInsider, readableEnterprise } from "./policy";
import { enterpriseOffersSchema } from "./schemas";

/**
 * An enterprise's offers, newest first: the ones open to applications for everyone, every status
 * (drafts included, `status` filters) for its own members and system admins.
 */
export async function listEnterpriseOffers(actor: Actor | null, enterpriseId: string, input: unknown = {}) {
  const { status, ...page } = await validate(enterpriseOffersSchema, input);
  const enterprise = await db.enterprise.findFirst({
    where: { id: enterpriseId, ...readableEnterprise(actor) },
    select: { id: true },
  });
  if (!enterprise) throw notFound("enterpriseNotFound");
  const rows = await db.offer.findMany({
    where: { enterpriseId, ...(isInsider(actor, enterpriseId) ? (status ? { status } : {}) : visibleOffer()) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...pageArgs(page),
    select: {
      id: true,
      title: true,
      status: true,
      field: true,
      city: true,
      country: true,
      remoteMode: true,
      durationWeeks: true,
      deadline: true,
      publishedAt: true,
      createdAt: true,
    },
  });
  return toPage(rows, page.limit);
}
