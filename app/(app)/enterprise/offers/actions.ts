"use server";
import { revalidatePath } from "next/cache";
import { serverAction } from "@/lib/core/server-action";
import { closeOffer } from "@/lib/offers/close-offer";
import { createOffer } from "@/lib/offers/create-offer";
import { deleteOffer } from "@/lib/offers/delete-offer";
import { duplicateOffer } from "@/lib/offers/duplicate-offer";
import { publishOffer } from "@/lib/offers/publish-offer";
import { updateOffer } from "@/lib/offers/update-offer";

const refreshed = <T>(result: T) => {
  revalidatePath("/enterprise/offers");
  return result;
};

export const saveOffer = serverAction(async (input: { id?: string; values: unknown }, actor) =>
  refreshed(
    typeof input.id === "string" && input.id
      ? await updateOffer(actor, input.id, input.values)
      : await createOffer(actor, input.values),
  ),
);

export const publish = serverAction(async (id: string, actor) => refreshed(await publishOffer(actor, id)), {
  input: "id",
});

export const close = serverAction(async (id: string, actor) => refreshed(await closeOffer(actor, id)), { input: "id" });

export const duplicate = serverAction(async (id: string, actor) => refreshed(await duplicateOffer(actor, id)), {
  input: "id",
});

export const remove = serverAction(
  async (id: string, actor) => {
    await deleteOffer(actor, id);
    return refreshed({ id });
  },
  { input: "id" },
);
