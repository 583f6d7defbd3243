import { db } from "@/lib/core/db";
import { pageArgs, toPage } from "@/lib/core/pagination";
import { validate } from "@/lib/core/validation";
import { visibleOffer } from "@/lib/offers/visible-offer";
import { enterpriseListSchema } from "./schemas";

/** The public directory: verified enterprises by name, optionally filtered by a part of the name or sector. */
export async function listEnterprises(input: unknown = {}) {
  const { q, ...page } = await validate(enterpriseListSchema, input);
  const rows = await db.enterprise.findMany({
    where: {
      verificationStatus: "VERIFIED",
      ...(q && {
        OR: [{ name: { contains: q, mode: "insensitive" } }, { sector: { contains: q, mode: "insensitive" } }],
      }),
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    ...pageArgs(page),
    select: {
      id: true,
      name: true,
      slug: true,
      sector: true,
      size: true,
      website: true,
      logoUrl: true,
      verifiedAt: true,
      locations: { orderBy: { id: "asc" }, select: { city: true, country: true } },
      _count: { select: { offers: { where: visibleOffer() } } },
    },
  });
  const { items, nextCursor } = toPage(rows, page.limit);
  return {
    items: items.map(({ _count, ...enterprise }) => ({ ...enterprise, openOffers: _count.offers })),
    nextCursor,
  };
}
