"use client";
import Cancel from "@mui/icons-material/Cancel";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useFormatter, useTranslations } from "next-intl";
import NextLink from "next/link";
import { useState } from "react";
import { fieldKey } from "@/lib/offers/offer-options";
import { searchParamsOf } from "@/lib/offers/search-schema";

type Facets = Record<"city" | "remote" | "field" | "start" | "stipend" | "skills", string[]>;
export type ProposedSearchView = { q: string; facets: Facets };

/** The search read from a question, as chips the user removes to widen it, and a link to the search page. */
export function AssistantSearchChips({ search }: { search: ProposedSearchView }) {
  const t = useTranslations("assistant");
  const offers = useTranslations("offers");
  const searchT = useTranslations("search");
  const format = useFormatter();
  const month = (value: string) =>
    /^\d{4}-\d{2}$/.test(value)
      ? format.dateTime(new Date(`${value}-01T00:00:00Z`), { month: "long", year: "numeric", timeZone: "UTC" })
      : value;
  const [current, setCurrent] = useState(search);
  const label = (facet: keyof Facets, value: string) => {
    if (facet === "remote") return offers(`remoteModes.${value}` as never);
    if (facet === "field") return offers(`fields.${fieldKey(value)}` as never);
    if (facet === "stipend") return t("stipendFilter", { bucket: searchT(`stipends.${value}` as never) });
    if (facet === "start") return t("startFilter", { month: month(value) });
    return value;
  };
  const chips = (Object.keys(current.facets) as (keyof Facets)[]).flatMap((facet) =>
    current.facets[facet].map((value) => ({ facet, value, text: label(facet, value) })),
  );
  const remove = (facet: keyof Facets, value: string) =>
    setCurrent({
      ...current,
      facets: { ...current.facets, [facet]: current.facets[facet].filter((v) => v !== value) },
    });
  const params = searchParamsOf({ q: current.q, ...current.facets } as Parameters<typeof searchParamsOf>[0]).toString();
  return (
    <Stack spacing={1} sx={{ mt: 1 }}>
      <Typography variant="caption" color="text.secondary">
        {t("proposedSearch")}
      </Typography>
      <Stack direction="row" sx={{ flexWrap: "wrap", gap: 0.5 }}>
        {current.q && (
          <Chip
            size="small"
            label={t("queryFilter", { q: current.q })}
            onDelete={() => setCurrent({ ...current, q: "" })}
            deleteIcon={<Cancel aria-label={t("removeFilter", { label: current.q })} role="img" />}
          />
        )}
        {chips.map((chip) => (
          <Chip
            key={`${chip.facet}:${chip.value}`}
            size="small"
            label={chip.text}
            onDelete={() => remove(chip.facet, chip.value)}
            deleteIcon={<Cancel aria-label={t("removeFilter", { label: chip.text })} role="img" />}
          />
        ))}
      </Stack>
      <Button component={NextLink} href={params ? `/offers?${params}` : "/offers"} size="small" variant="outlined">
        {t("openSearch")}
      </Button>
    </Stack>
  );
}
