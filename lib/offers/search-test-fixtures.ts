import { randomUUID } from "node:crypto";
import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ensureSkills } from "@/lib/skills/ensure-skills";
import { refreshOfferSearch } from "./refresh-offer-search";
import { stipendColumns } from "./stipend";

const DAY = 86_400_000;

/** An offer's columns, its stipend in major units as the offers slice receives it. */
export type FixtureOffer = Partial<Omit<Prisma.OfferUncheckedCreateInput, "skills" | "stipendAmountMinor">> & {
  title: string;
  skills?: string[];
  stipendAmount?: number | null;
};

/** An enterprise of its own, so that a test's counts only see its own offers. */
export async function fixtureEnterprise(name = `Entreprise ${randomUUID().slice(0, 8)}`) {
  return db.enterprise.create({ data: { name, slug: `e-${randomUUID()}`, verificationStatus: "VERIFIED" } });
}

/**
 * Offers written as the offers slice writes them (with their search document), published and
 * open unless said otherwise; returns their ids in the order given.
 */
export async function fixtureOffers(enterpriseId: string, offers: FixtureOffer[]): Promise<string[]> {
  const now = Date.now();
  return db.$transaction(async (tx) => {
    const ids: string[] = [];
    for (const [i, { skills = [], stipendAmount, ...offer }] of offers.entries()) {
      const row = await tx.offer.create({
        data: {
          enterpriseId,
          description: "Une mission concrète au sein d'une équipe bienveillante, avec un tutorat régulier.",
          field: "Software engineering",
          city: "Lyon",
          country: "FR",
          durationWeeks: 24,
          status: "PUBLISHED",
          publishedAt: new Date(now - (i + 1) * 60_000),
          deadline: new Date(now + 30 * DAY),
          languages: ["fr"],
          ...offer,
          ...stipendColumns(stipendAmount, offer.stipendCurrency ?? "EUR"),
        },
        select: { id: true },
      });
      const skillIds = await ensureSkills(tx, skills);
      await tx.offerSkill.createMany({ data: skillIds.map((skillId) => ({ offerId: row.id, skillId })) });
      ids.push(row.id);
    }
    await refreshOfferSearch(tx, ids);
    return ids;
  });
}

export const daysFromNow = (days: number) => new Date(Date.now() + days * DAY);
