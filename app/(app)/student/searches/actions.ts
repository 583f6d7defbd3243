"use server";
import { serverAction } from "@/lib/core/server-action";
import { deleteSavedSearch } from "@/lib/offers/saved-searches/delete-saved-search";
import { setSearchAlerts } from "@/lib/offers/saved-searches/set-search-alerts";

export const removeSavedSearch = serverAction(async (input: { id: string }, actor) =>
  deleteSavedSearch(actor, String(input?.id ?? "")),
);

export const changeSearchAlerts = serverAction(async (input: { id: string; alertsEnabled: boolean }, actor) =>
  setSearchAlerts(actor, input),
);
