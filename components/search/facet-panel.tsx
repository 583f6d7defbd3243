"use client";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, type ChangeEvent } from "react";
import { fieldKey } from "@/lib/offers/offer-options";
import type { FacetValue, SearchFacets } from "@/lib/offers/search-facets";
import type { SearchFacet } from "@/lib/offers/search-schema";
import { FacetGroup } from "./facet-group";
import { SEARCH_FORM, searchUrl } from "./search-url";

/** The order in which a student narrows a search down. */
const ORDER: SearchFacet[] = [
  "remote",
  "city",
  "field",
  "duration",
  "stipend",
  "start",
  "skills",
  "country",
  "enterprise",
];

/**
 * The checkbox just ticked or unticked: the panel is rebuilt for the new URL (its key), and gives
 * that checkbox the focus back, so that a keyboard user keeps their place (in the drawer too).
 */
let changed: { name: string; value: string } | null = null;

/** The filters, with counts; ticking one updates the URL and so the results, at once. */
export function FacetPanel({
  facets,
  selected,
  approximate = false,
}: {
  facets: SearchFacets;
  selected: Record<SearchFacet, string[]>;
  /** The counts are estimates (a search over many offers): each is shown with "≈". */
  approximate?: boolean;
}) {
  const t = useTranslations("search");
  const to = useTranslations("offers");
  const format = useFormatter();
  const locale = useLocale();
  const router = useRouter();
  const regions = useMemo(() => new Intl.DisplayNames([locale], { type: "region" }), [locale]);
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!changed) return;
    const { name, value } = changed;
    changed = null;
    const boxes = panel.current?.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(name)}"]`) ?? [];
    [...boxes].find((box) => box.value === value)?.focus({ preventScroll: true });
  }, []);

  const label = (facet: SearchFacet) => (value: FacetValue) => {
    switch (facet) {
      case "remote":
        return to(`remoteModes.${value.value}`);
      case "field":
        return to.has(`fields.${fieldKey(value.value)}`) ? to(`fields.${fieldKey(value.value)}`) : value.value;
      case "duration":
        return t(`durations.${value.value}`);
      case "stipend":
        return t(`stipends.${value.value}`);
      case "country":
        return regions.of(value.value) ?? value.value;
      case "start":
        return format.dateTime(new Date(`${value.value}-01T00:00:00Z`), {
          month: "long",
          year: "numeric",
          timeZone: "UTC",
        });
      default:
        return value.label ?? value.value;
    }
  };
  const change = (event: ChangeEvent<HTMLInputElement>) => {
    changed = { name: event.target.name, value: event.target.value };
    if (event.target.form) router.push(searchUrl(event.target.form), { scroll: false });
  };

  if (ORDER.every((facet) => facets[facet].length === 0)) return null;
  return (
    <Stack component="section" aria-labelledby="search-filters" spacing={2.5} ref={panel}>
      <Typography variant="h2" id="search-filters" sx={{ fontSize: "1.25rem" }}>
        {t("filters")}
      </Typography>
      {ORDER.filter((facet) => facets[facet].length > 0).map((facet) => (
        <FacetGroup
          key={facet}
          name={facet}
          legend={t(`facets.${facet}`)}
          values={facets[facet]}
          selected={selected[facet]}
          label={label(facet)}
          onChange={change}
          approximate={approximate}
        />
      ))}
      <noscript>
        <Button type="submit" variant="outlined" form={SEARCH_FORM}>
          {t("apply")}
        </Button>
      </noscript>
    </Stack>
  );
}
