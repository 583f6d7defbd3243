"use client";
import SearchIcon from "@mui/icons-material/Search";
import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { SEARCH_SORTS } from "@/lib/offers/search-schema";
import { SEARCH_FORM, searchUrl } from "./search-url";
import { SearchSuggestField } from "./search-suggest-field";

/**
 * The words and the sort. The filters elsewhere on the page belong to this form too (their
 * `form` attribute), so a submission puts the whole search in the URL: shareable, and the back
 * button walks through earlier searches. A new search starts again at the first page. Without
 * JavaScript the form still works as a plain GET form.
 */
export function SearchBar({ q, sort, limit }: { q: string; sort?: string; limit: number }) {
  const t = useTranslations("search");
  const router = useRouter();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    router.push(searchUrl(event.currentTarget));
  };
  return (
    <form id={SEARCH_FORM} action="/offers" method="get" role="search" onSubmit={submit}>
      <Stack direction={{ xs: "column", sm: "row" }} spacing={1.5} sx={{ alignItems: { sm: "flex-start" } }}>
        <SearchSuggestField
          defaultValue={q}
          onChoose={() => router.push(searchUrl(document.getElementById(SEARCH_FORM) as HTMLFormElement))}
        />
        <TextField
          select
          name="sort"
          label={t("sort")}
          defaultValue={sort ?? ""}
          sx={{ minWidth: 230 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          onChange={(event) => {
            const form = document.getElementById(SEARCH_FORM) as HTMLFormElement;
            router.push(searchUrl(form, ["sort", event.target.value]));
          }}
        >
          <MenuItem value="">{t("sorts.relevance")}</MenuItem>
          {SEARCH_SORTS.filter((s) => s !== "relevance").map((s) => (
            <MenuItem key={s} value={s}>
              {t(`sorts.${s}`)}
            </MenuItem>
          ))}
        </TextField>
        {limit !== 20 && <input type="hidden" name="limit" value={limit} />}
        <Button
          type="submit"
          variant="contained"
          size="large"
          startIcon={<SearchIcon />}
          sx={{ py: 1.8, flexShrink: 0 }}
        >
          {t("submit")}
        </Button>
      </Stack>
    </form>
  );
}
