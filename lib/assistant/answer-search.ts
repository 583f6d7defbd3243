import { translator } from "@/lib/core/translator";
import { searchOffers } from "@/lib/offers/search-offers";
import { searchParamsOf } from "@/lib/offers/search-schema";
import type { AssistantAnswer } from "./answer";
import type { ProposedSearch } from "./recognise";

type Answer = Omit<AssistantAnswer, "intent" | "answered">;

/** The offer search's page with these words and facets: what the chips link to. */
export const searchUrl = (search: Pick<ProposedSearch, "q" | "facets">) => {
  const params = searchParamsOf({ q: search.q, ...search.facets }).toString();
  return params ? `/offers?${params}` : "/offers";
};

/** Runs the public offer search with the facets read from the question, and shows it for the user to adjust. */
export async function offerSearchAnswer(search: ProposedSearch, locale: string): Promise<Answer> {
  const t = translator(locale, "assistant.answers");
  const result = await searchOffers({ q: search.q, ...search.facets, limit: 5 });
  const proposed = { q: search.q, facets: search.facets };
  const url = searchUrl(proposed);
  return {
    answer:
      result.total === 0
        ? t("searchNone")
        : t(result.totalIsApproximate ? "searchApproximate" : "searchFound", { count: result.total }),
    citations: result.items.map((offer) => ({
      kind: "offer",
      id: offer.id,
      title: `${offer.title} — ${offer.enterprise.name}`,
      url: `/offers/${offer.id}`,
    })),
    search: proposed,
    actions: [{ kind: "openSearch", label: t("openSearch"), url }],
  };
}
