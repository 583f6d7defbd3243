/** The search page's URL for the search form's current fields (empty ones left out), optionally changing one. */
export function searchUrl(form: HTMLFormElement, change?: [name: string, value: string]): string {
  const data = new FormData(form);
  if (change) data.set(change[0], change[1]);
  const params = new URLSearchParams();
  for (const [name, value] of data)
    if (typeof value === "string" && value.trim() !== "") params.append(name, value.trim());
  const query = params.toString();
  return query ? `/offers?${query}` : "/offers";
}

export const SEARCH_FORM = "offer-search";
