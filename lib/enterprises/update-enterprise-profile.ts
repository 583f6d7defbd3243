import { recordAudit } from "@/lib/core/audit";
import { db, type Tx } from "@/lib/core/db";
import { refreshOfferSearch } from "@/lib/offers/refresh-offer-search";
import { field, invalid, notFound } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { requireEnterpriseAdmin } from "./policy";
import { enterpriseProfileSchema } from "./schemas";
import { enterpriseProfileColumns } from "./enterprise-selects";

const profileSelect = {
  ...enterpriseProfileColumns,
  applicationEmail: true,
  locations: { orderBy: { id: "asc" }, select: { city: true, country: true, address: true } },
  contacts: { orderBy: { id: "asc" }, select: { name: true, email: true, phone: true, position: true } },
  certifications: { orderBy: { id: "asc" }, select: { name: true, issuer: true, year: true } },
} as const;

const readProfile = (tx: Tx, id: string) => tx.enterprise.findUniqueOrThrow({ where: { id }, select: profileSelect });

/**
 * An enterprise admin edits its own enterprise's profile; the locations, contacts and
 * certifications sent replace the stored ones in the same transaction. Another enterprise reads
 * as not found; recruiters and tutors are refused.
 */
export async function updateEnterpriseProfile(actor: Actor | null, enterpriseId: string, input: unknown) {
  const me = requireEnterpriseAdmin(requireActor(actor));
  const { locations, contacts, certifications, ...columns } = await validate(enterpriseProfileSchema, input);
  return db.$transaction(async (tx) => {
    const owned = { id: enterpriseId, members: { some: { userId: me.userId, role: "ADMIN" as const } } };
    const current = await tx.enterprise.findFirst({ where: owned, select: profileSelect });
    if (!current) throw notFound("enterpriseNotFound");
    const { verificationStatus } = await tx.enterprise.findUniqueOrThrow({
      where: { id: enterpriseId },
      select: { verificationStatus: true },
    });
    // The verification vouches for this name; a verified badge must not move to another one.
    if (verificationStatus === "VERIFIED" && columns.name !== current.name) {
      throw invalid({ name: field("nameLockedWhenVerified") }, "verifiedNameLocked");
    }
    await tx.enterprise.update({ where: { id: enterpriseId }, data: columns });
    if (columns.name !== current.name) {
      // The enterprise's name is part of its offers' search documents.
      const offers = await tx.offer.findMany({ where: { enterpriseId }, select: { id: true } });
      await refreshOfferSearch(
        tx,
        offers.map((offer) => offer.id),
      );
    }
    await tx.enterpriseLocation.deleteMany({ where: { enterpriseId } });
    await tx.enterpriseContact.deleteMany({ where: { enterpriseId } });
    await tx.enterpriseCertification.deleteMany({ where: { enterpriseId } });
    await tx.enterpriseLocation.createMany({ data: locations.map((row) => ({ ...row, enterpriseId })) });
    await tx.enterpriseContact.createMany({ data: contacts.map((row) => ({ ...row, enterpriseId })) });
    await tx.enterpriseCertification.createMany({ data: certifications.map((row) => ({ ...row, enterpriseId })) });
    const updated = await readProfile(tx, enterpriseId);
    await recordAudit(tx, {
      actorId: me.userId,
      action: "enterprise.profile-updated",
      entity: "Enterprise",
      entityId: enterpriseId,
      before: current,
      after: updated,
    });
    return updated;
  });
}
