import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { conflict, forbidden, notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { requireRole } from "@/lib/identity/policy";
import { readableOffer } from "./policy";
import { refreshOfferSearch } from "./refresh-offer-search";
import { forgetSearchSummaries } from "./search-summary-cache";

/** A name without case, accents, spaces or punctuation ("Acmé  Robotics S.A." → "acmeroboticssa"). */
export const comparableName = (name: string) =>
  name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");

/** The host of an address without a leading "www.", or null when it is not one. */
const hostOf = (url: string | null | undefined) => {
  if (!url) return null;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`).hostname
      .toLowerCase()
      .replace(/^www\./, "");
  } catch {
    return null;
  }
};

/** Whether `host` is `domain` or one of its subdomains (careers.acme.fr within acme.fr). */
const withinDomain = (host: string | null, domain: string | null) =>
  host !== null && domain !== null && (host === domain || host.endsWith(`.${domain}`));

/**
 * Whether an offer page shows the claim button: to an admin of a verified enterprise, on an imported
 * offer of another enterprise that is not verified. The name or domain rule is checked on the claim.
 */
export const mayClaimImportedOffer = (
  actor: Actor | null,
  offer: { source: string; enterpriseId: string; enterprise: { verificationStatus: string } },
) =>
  actor?.role === "ENTERPRISE" &&
  actor.enterprise?.memberRole === "ADMIN" &&
  actor.enterprise.verified &&
  offer.source === "IMPORTED" &&
  offer.enterpriseId !== actor.enterprise.id &&
  offer.enterprise.verificationStatus !== "VERIFIED";

/**
 * An admin of a verified enterprise claims an offer imported from the web (source IMPORTED) that an
 * import published in the name of an enterprise nobody manages: one not verified and with no member
 * (lib/enterprises/enterprise-for-import.ts creates them so). The rule, kept simple and checkable
 * without a human: the claim is granted at once when that enterprise's name equals the claimer's
 * without case, accents, spaces or punctuation, or when the offer's original posting (or the imported
 * enterprise's website) is on the claimer's website domain or a subdomain of it; otherwise it is
 * refused (403 "published in the name of another enterprise"). Granted, the offer moves to the
 * claiming enterprise (its applications with it) and an audit entry records who moved it from where.
 *
 * The offer stays an imported offer: it keeps its source, original URL and import item, so later
 * runs of its source still update it from the posting and close it when the posting disappears
 * (the original posting remains the reference; the enterprise edits it there).
 *
 * Refusals: not an enterprise admin, or an unverified enterprise: 403; an offer the caller cannot
 * see: 404; not an imported offer, already the caller's, or one whose enterprise is verified or has
 * members: 409. A refusal changes nothing.
 */
export async function claimImportedOffer(actor: Actor | null, offerId: string): Promise<{ id: string }> {
  const me = requireRole(actor, "ENTERPRISE");
  if (!me.enterprise || me.enterprise.memberRole !== "ADMIN") throw forbidden("claimNeedsEnterpriseAdmin");
  if (!me.enterprise.verified) throw forbidden("claimNeedsVerifiedEnterprise");
  const claimerId = me.enterprise.id;
  const result = await db.$transaction(async (tx) => {
    const offer = await tx.offer.findFirst({
      where: { AND: [{ id: offerId }, readableOffer(me)] },
      select: {
        id: true,
        source: true,
        externalUrl: true,
        enterpriseId: true,
        enterprise: {
          select: { name: true, website: true, verificationStatus: true, _count: { select: { members: true } } },
        },
      },
    });
    if (!offer) throw notFound("offerNotFound");
    if (offer.source !== "IMPORTED") throw conflict("claimNeedsImportedOffer");
    if (offer.enterpriseId === claimerId) throw conflict("offerAlreadyYours");
    if (offer.enterprise.verificationStatus === "VERIFIED" || offer.enterprise._count.members > 0) {
      throw conflict("offerHasOwner");
    }
    const claimer = await tx.enterprise.findUniqueOrThrow({
      where: { id: claimerId },
      select: { name: true, website: true },
    });
    const domain = hostOf(claimer.website);
    const matches =
      comparableName(offer.enterprise.name) === comparableName(claimer.name) ||
      withinDomain(hostOf(offer.externalUrl), domain) ||
      withinDomain(hostOf(offer.enterprise.website), domain);
    if (!matches) throw forbidden("claimNameMismatch");
    const moved = await tx.offer.updateMany({
      where: { id: offerId, enterpriseId: offer.enterpriseId, source: "IMPORTED" },
      data: { enterpriseId: claimerId },
    });
    if (moved.count === 0) throw conflict("offerHasOwner");
    await refreshOfferSearch(tx, [offerId]);
    await recordAudit(tx, {
      actorId: me.userId,
      action: "offer.claimed",
      entity: "Offer",
      entityId: offerId,
      before: { enterpriseId: offer.enterpriseId, enterpriseName: offer.enterprise.name },
      after: { enterpriseId: claimerId, enterpriseName: claimer.name },
    });
    return { id: offerId };
  });
  // After the commit, so a search running meanwhile cannot re-cache the old facets.
  forgetSearchSummaries();
  return result;
}
