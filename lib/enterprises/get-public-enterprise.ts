import { db } from "@/lib/core/db";
import { notFound } from "@/lib/core/errors";
import type { Actor } from "@/lib/identity/actor";
import { visibleOffer } from "@/lib/offers/visible-offer";
import { isInsider, readableEnterprise } from "./policy";
import { enterpriseProfileColumns } from "./enterprise-selects";

const PUBLIC_OFFERS = 50;

/**
 * An enterprise's public profile by id or slug, with its offers open to applications. Only
 * verified enterprises are public; members (and system admins) also see their own unverified
 * one, with its contacts and registration number.
 */
export async function getPublicEnterprise(actor: Actor | null, idOrSlug: string) {
  const enterprise = await db.enterprise.findFirst({
    where: { AND: [{ OR: [{ id: idOrSlug }, { slug: idOrSlug }] }, readableEnterprise(actor)] },
    select: {
      ...enterpriseProfileColumns,
      logoUrl: true,
      verificationStatus: true,
      verifiedAt: true,
      registrationNumber: true,
      applicationEmail: true,
      locations: { orderBy: { id: "asc" }, select: { city: true, country: true, address: true } },
      certifications: { orderBy: { id: "asc" }, select: { name: true, issuer: true, year: true } },
      contacts: { orderBy: { id: "asc" }, select: { name: true, email: true, phone: true, position: true } },
      offers: {
        where: visibleOffer(),
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        take: PUBLIC_OFFERS,
        select: {
          id: true,
          title: true,
          city: true,
          country: true,
          remoteMode: true,
          durationWeeks: true,
          field: true,
          publishedAt: true,
          deadline: true,
        },
      },
    },
  });
  if (!enterprise) throw notFound("enterpriseNotFound");
  if (isInsider(actor, enterprise.id)) return enterprise;
  const { registrationNumber: _number, applicationEmail: _email, contacts: _contacts, ...publicProfile } = enterprise;
  return publicProfile;
}
