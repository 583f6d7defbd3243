import { db } from "@/lib/core/db";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { ensureSkills } from "@/lib/skills/ensure-skills";
import { offerColumns } from "./offer-data";
import { writeOfferQuestions } from "./offer-questions";
import { requireOfferManager } from "./policy";
import { refreshOfferSearch } from "./refresh-offer-search";
import { offerSchema } from "./schemas";

/** A new offer of the actor's enterprise, as a draft. Any enterprise may draft; publishing needs verification. */
export async function createOffer(actor: Actor | null, input: unknown): Promise<{ id: string }> {
  const me = requireOfferManager(actor);
  const data = await validate(offerSchema, input);
  return db.$transaction(async (tx) => {
    const skillIds = await ensureSkills(tx, data.skills);
    const offer = await tx.offer.create({
      data: {
        ...offerColumns(data),
        enterpriseId: me.enterprise.id,
        skills: { create: skillIds.map((skillId) => ({ skillId })) },
      },
      select: { id: true },
    });
    await writeOfferQuestions(tx, offer.id, data.questions);
    await refreshOfferSearch(tx, [offer.id]);
    return offer;
  });
}
