"use server";
import { serverAction } from "@/lib/core/server-action";
import { saveSearch } from "@/lib/offers/saved-searches/save-search";

export const saveCurrentSearch = serverAction(async (input: unknown, actor) => saveSearch(actor, input));
