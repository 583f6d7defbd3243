import { db } from "@/lib/core/db";
import { visibleOffer } from "@/lib/offers/visible-offer";
import type { Vocabulary } from "./recognise";

const TTL_MS = 5 * 60_000;
const holder = globalThis as { assistantVocabulary?: { value: Omit<Vocabulary, "offerTitles">; readAt: number } };

/** The platform's own words: cities of visible offers and the shared skills list, read again every 5 minutes. */
export async function platformVocabulary(now = Date.now()): Promise<Omit<Vocabulary, "offerTitles">> {
  if (holder.assistantVocabulary && holder.assistantVocabulary.readAt + TTL_MS > now)
    return holder.assistantVocabulary.value;
  const [cities, skills] = await Promise.all([
    db.offer.findMany({ where: visibleOffer(), distinct: ["city"], select: { city: true }, take: 2000 }),
    db.skill.findMany({ select: { name: true }, take: 5000 }),
  ]);
  const value = { cities: cities.map((c) => c.city), skills: skills.map((s) => s.name) };
  holder.assistantVocabulary = { value, readAt: now };
  return value;
}

/** Forgets the cached vocabulary (tests that add offers). */
export const forgetVocabulary = () => delete holder.assistantVocabulary;
