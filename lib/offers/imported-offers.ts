import type { Tx } from "@/lib/core/db";
import { recordEvent } from "@/lib/core/outbox";
import type { Currency, RemoteMode, StipendPeriod } from "@/lib/generated/prisma/enums";
import { refreshOfferSearch } from "./refresh-offer-search";
import { forgetSearchSummaries } from "./search-summary-cache";

/** An offer's content as the imports slice normalised it from a posting (stipend already in minor units). */
export type ImportedOfferContent = {
  title: string;
  description: string;
  field: string;
  city: string;
  country: string;
  remoteMode: RemoteMode;
  durationWeeks: number;
  startFrom: Date | null;
  deadline: Date | null;
  stipendAmountMinor: number | null;
  stipendCurrency: Currency;
  stipendPeriod: StipendPeriod;
  languages: string[];
  externalUrl: string;
  skillIds: string[];
};

const columns = ({ skillIds: _skills, ...content }: ImportedOfferContent) => content;

/**
 * The offers side of imports (lib/imports calls these in its transactions): imported offers are
 * published at once under their enterprise, keep their source and original URL, and are only ever
 * changed or closed here, never an enterprise's own offers (`source: IMPORTED` in every where).
 */
export async function createImportedOffer(
  tx: Tx,
  input: { enterpriseId: string; importSourceId: string; externalId: string; content: ImportedOfferContent },
): Promise<{ id: string }> {
  const now = new Date();
  const offer = await tx.offer.create({
    data: {
      ...columns(input.content),
      enterpriseId: input.enterpriseId,
      importSourceId: input.importSourceId,
      externalId: input.externalId,
      source: "IMPORTED",
      status: "PUBLISHED",
      publishedAt: now,
      lastCheckedAt: now,
      skills: { create: input.content.skillIds.map((skillId) => ({ skillId })) },
    },
    select: { id: true },
  });
  await refreshOfferSearch(tx, [offer.id]);
  await recordEvent(tx, "offer.published", { offerId: offer.id, enterpriseId: input.enterpriseId });
  return offer;
}

/** New content for an open offer imported from this source; returns whether there was one to update. */
export async function updateImportedOffer(
  tx: Tx,
  offerId: string,
  importSourceId: string,
  content: ImportedOfferContent,
): Promise<boolean> {
  const updated = await tx.offer.updateMany({
    where: { id: offerId, importSourceId, source: "IMPORTED", status: "PUBLISHED" },
    data: { ...columns(content), lastCheckedAt: new Date() },
  });
  if (updated.count === 0) return false;
  await tx.offerSkill.deleteMany({ where: { offerId } });
  await tx.offerSkill.createMany({ data: content.skillIds.map((skillId) => ({ offerId, skillId })) });
  await refreshOfferSearch(tx, [offerId]);
  return true;
}

/** Marks offers imported from this source as checked just now (their posting is unchanged). */
export async function touchImportedOffers(tx: Tx, offerIds: string[], importSourceId: string): Promise<void> {
  if (offerIds.length === 0) return;
  await tx.offer.updateMany({
    where: { id: { in: offerIds }, importSourceId, source: "IMPORTED" },
    data: { lastCheckedAt: new Date() },
  });
}

/** Closes an offer imported from this source whose posting disappeared or expired; false when it was not open. */
export async function closeImportedOffer(tx: Tx, offerId: string, importSourceId: string): Promise<boolean> {
  const now = new Date();
  const rows = await tx.offer.updateManyAndReturn({
    where: { id: offerId, importSourceId, source: "IMPORTED", status: "PUBLISHED" },
    data: { status: "CLOSED", closedAt: now, lastCheckedAt: now },
    select: { enterpriseId: true },
  });
  if (rows.length === 0) return false;
  await recordEvent(tx, "offer.closed", { offerId, enterpriseId: rows[0].enterpriseId });
  forgetSearchSummaries();
  return true;
}

/**
 * An open offer (draft or published, imported or not) of the enterprise with a similar title in the
 * same city: trigram similarity of the unaccented lower-case titles at least 0.6, cities equal
 * without case or accents. The imports slice merges a posting into it rather than adding a duplicate.
 */
export async function findSimilarOffer(
  tx: Tx,
  enterpriseId: string,
  title: string,
  city: string,
): Promise<{ id: string; source: "INTERNAL" | "IMPORTED" } | null> {
  const rows = await tx.$queryRaw<{ id: string; source: "INTERNAL" | "IMPORTED" }[]>`
    select o.id, o.source::text as source from "Offer" o
    where o."enterpriseId" = ${enterpriseId} and o.status in ('DRAFT', 'PUBLISHED')
      and lower(unaccent(o.city)) = lower(unaccent(${city}))
      and similarity(lower(unaccent(o.title)), lower(unaccent(${title}))) >= 0.6
    order by similarity(lower(unaccent(o.title)), lower(unaccent(${title}))) desc, o."createdAt"
    limit 1`;
  return rows[0] ?? null;
}
