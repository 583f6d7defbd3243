import { db } from "@/lib/core/db";
import { conflict, field } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { ensureSkills } from "@/lib/skills/ensure-skills";
import { offerColumns } from "./offer-data";
import { writeOfferQuestions } from "./offer-questions";
import { ownOffer } from "./own-offer";
import { requireOfferManager } from "./policy";
import { refreshOfferSearch } from "./refresh-offer-search";
import { offerSchema } from "./schemas";
import { deadlineOpen } from "./visible-offer";

/** Edits an offer of the actor's enterprise; a published offer stays published, so its deadline must stay ahead. */
export async function updateOffer(actor: Actor | null, offerId: string, input: unknown): Promise<{ id: string }> {
  const me = requireOfferManager(actor);
  const data = await validate(offerSchema, input);
  return db.$transaction(async (tx) => {
    const offer = await ownOffer(tx, offerId, me.enterprise.id, { status: true });
    if (offer.status === "PUBLISHED" && !deadlineOpen(data.deadline)) {
      throw conflict("publishedNeedsFutureDeadline", { deadline: field("deadlinePast") });
    }
    const skillIds = await ensureSkills(tx, data.skills);
    await tx.offerSkill.deleteMany({ where: { offerId } });
    await tx.offer.update({
      where: { id: offerId, enterpriseId: me.enterprise.id },
      data: { ...offerColumns(data), skills: { create: skillIds.map((skillId) => ({ skillId })) } },
    });
    await writeOfferQuestions(tx, offerId, data.questions);
    await refreshOfferSearch(tx, [offerId]);
    return { id: offerId };
  });
}
