import { db, type Tx } from "@/lib/core/db";
import { recordEvent } from "@/lib/core/outbox";
import { enterpriseForImport } from "@/lib/enterprises/enterprise-for-import";
import {
  closeImportedOffer,
  createImportedOffer,
  findSimilarOffer,
  touchImportedOffers,
  updateImportedOffer,
} from "@/lib/offers/imported-offers";
import { recogniseSkills } from "@/lib/skills/recognise-skills";
import type { Validators } from "./fetcher";
import type { ImportFilters } from "./filters";
import { normalisePosting } from "./normalise-posting";
import type { RawPosting } from "./posting";

export type Applied =
  { outcome: "created" | "updated" | "unchanged" | "closed" } | { outcome: "skipped"; reason: string };

type Source = { id: string; enterpriseId: string | null; filters: ImportFilters };

/** Closes the offer an item made (if it is still open and this source's) and tells its savers, in `tx`. */
export async function closeItemOffer(tx: Tx, sourceId: string, item: { id: string; offerId: string | null }) {
  await tx.importItem.update({ where: { id: item.id, sourceId }, data: { goneAt: new Date() } });
  if (!item.offerId || !(await closeImportedOffer(tx, item.offerId, sourceId))) return false;
  await recordEvent(tx, "import.offer-changed", {
    itemId: item.id,
    offerId: item.offerId,
    change: "closed",
    hash: "closed",
  });
  return true;
}

/**
 * One posting of a run, in its own transaction: normalised and filtered; then its item updated
 * (same content: only seen; changed: the offer updated and its savers told; expired: closed), or,
 * for a new posting, merged into a similar open offer of the enterprise (another source's or the
 * enterprise's own) or made a new published offer. The item's unique (source, external id) makes a
 * repeated run, or one retried after a crash, change nothing twice.
 */
export async function applyPosting(
  source: Source,
  posting: RawPosting,
  page: { url: string; validators: Validators },
): Promise<Applied> {
  const normalised = normalisePosting(posting, source.filters);
  return db.$transaction(async (tx) => {
    const item = await tx.importItem.findUnique({
      where: { sourceId_externalId: { sourceId: source.id, externalId: posting.externalId } },
      select: { id: true, offerId: true, contentHash: true },
    });
    const seen = {
      url: page.url,
      etag: page.validators.etag ?? null,
      lastModified: page.validators.lastModified ?? null,
      lastSeenAt: new Date(),
    };
    if (!normalised.keep) {
      if (item && normalised.expired) {
        await tx.importItem.update({ where: { id: item.id }, data: seen });
        return (await closeItemOffer(tx, source.id, item))
          ? { outcome: "closed" }
          : { outcome: "skipped", reason: "expired" };
      }
      if (item) await tx.importItem.update({ where: { id: item.id }, data: { ...seen, goneAt: null } });
      return { outcome: "skipped", reason: normalised.reason };
    }
    const { content, hash } = normalised;
    if (item?.offerId) {
      await tx.importItem.update({ where: { id: item.id }, data: { ...seen, contentHash: hash, goneAt: null } });
      if (item.contentHash === hash) {
        await touchImportedOffers(tx, [item.offerId], source.id);
        return { outcome: "unchanged" };
      }
      const skillIds = (await recogniseSkills(tx, `${content.title}\n${content.description}`)).map((s) => s.id);
      if (!(await updateImportedOffer(tx, item.offerId, source.id, { ...content, skillIds }))) {
        return { outcome: "unchanged" };
      }
      await recordEvent(tx, "import.offer-changed", {
        itemId: item.id,
        offerId: item.offerId,
        change: "updated",
        hash,
      });
      return { outcome: "updated" };
    }
    const enterpriseId =
      source.enterpriseId ?? (posting.organisation ? await enterpriseForImport(tx, posting.organisation) : null);
    if (!enterpriseId) return { outcome: "skipped", reason: "noEnterprise" };
    const similar = await findSimilarOffer(tx, enterpriseId, content.title, content.city);
    let offerId = similar?.id;
    if (!offerId) {
      const skillIds = (await recogniseSkills(tx, `${content.title}\n${content.description}`)).map((s) => s.id);
      offerId = (
        await createImportedOffer(tx, {
          enterpriseId,
          importSourceId: source.id,
          externalId: posting.externalId,
          content: { ...content, skillIds },
        })
      ).id;
    }
    await tx.importItem.upsert({
      where: { sourceId_externalId: { sourceId: source.id, externalId: posting.externalId } },
      create: { sourceId: source.id, externalId: posting.externalId, offerId, contentHash: hash, ...seen },
      update: { offerId, contentHash: hash, goneAt: null, ...seen },
    });
    if (!similar) return { outcome: "created" };
    return {
      outcome: "skipped",
      reason: similar.source === "INTERNAL" ? "duplicateOfOffer" : "duplicateAcrossSources",
    };
  });
}
