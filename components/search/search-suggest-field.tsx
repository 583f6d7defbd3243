"use client";
import Autocomplete from "@mui/material/Autocomplete";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { SuggestionKind } from "@/lib/offers/search-schema";

type Suggestion = { kind: SuggestionKind; text: string; offers: number };

/** How long typing must pause before suggestions are asked for. */
const PAUSE_MS = 150;

/**
 * The search words, with suggestions of titles, skills, cities and enterprises as one types
 * (GET /api/v1/offers/suggest, typos forgiven). Still a plain `q` field of the search form:
 * Enter searches what was typed, and choosing a suggestion searches it at once (`onChoose`).
 */
export function SearchSuggestField({ defaultValue, onChoose }: { defaultValue: string; onChoose(): void }) {
  const t = useTranslations("search");
  const [input, setInput] = useState(defaultValue);
  const [asked, setAsked] = useState(defaultValue);
  useEffect(() => {
    const timer = setTimeout(() => setAsked(input.trim()), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [input]);
  const { data } = useQuery({
    queryKey: ["offer-suggestions", asked],
    enabled: asked.length >= 2,
    queryFn: async ({ signal }) => {
      const response = await fetch(`/api/v1/offers/suggest?q=${encodeURIComponent(asked)}`, { signal });
      return response.ok ? ((await response.json()) as { items: Suggestion[] }).items : [];
    },
    placeholderData: (previous) => previous,
    staleTime: 60_000,
  });
  return (
    <Autocomplete
      freeSolo
      fullWidth
      options={asked.length >= 2 ? (data ?? []) : []}
      filterOptions={(options) => options}
      getOptionLabel={(option) => (typeof option === "string" ? option : option.text)}
      inputValue={input}
      onInputChange={(_, value) => setInput(value)}
      onChange={(_, value) => {
        if (value && typeof value !== "string") {
          setInput(value.text);
          // The input shows the chosen text once React has rendered it; the form reads it then.
          setTimeout(onChoose, 0);
        }
      }}
      renderOption={({ key, ...props }, option) => (
        <li key={key} {...props}>
          <Stack direction="row" spacing={1} sx={{ width: "100%", justifyContent: "space-between" }}>
            <span>{option.text}</span>
            <Typography component="span" variant="body2" color="text.secondary">
              {t(`suggestionKinds.${option.kind}`)}
            </Typography>
          </Stack>
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          name="q"
          type="search"
          label={t("query")}
          placeholder={t("queryHint")}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, maxLength: 200, enterKeyHint: "search" },
          }}
        />
      )}
    />
  );
}
