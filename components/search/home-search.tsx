"use client";
import Place from "@mui/icons-material/PlaceOutlined";
import SearchIcon from "@mui/icons-material/Search";
import Button from "@mui/material/Button";
import InputAdornment from "@mui/material/InputAdornment";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { searchUrl } from "./search-url";

const FIELD = { "& .MuiOutlinedInput-root": { bgcolor: "background.paper" } };

/**
 * The home page's search: words and a city, opening the search page with both (the city as its
 * city filter). The cities that have open offers are suggested. A plain GET form without JavaScript.
 */
export function HomeSearch({ cities }: { cities: string[] }) {
  const t = useTranslations("home");
  const router = useRouter();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    router.push(searchUrl(event.currentTarget));
  };
  return (
    <form action="/offers" method="get" role="search" aria-label={t("search")} onSubmit={submit}>
      <Stack direction={{ xs: "column", md: "row" }} spacing={1.5}>
        <TextField
          name="q"
          type="search"
          label={t("what")}
          placeholder={t("whatHint")}
          sx={{ ...FIELD, flex: 2 }}
          slotProps={{
            htmlInput: { maxLength: 200, enterKeyHint: "search" },
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon />
                </InputAdornment>
              ),
            },
          }}
        />
        <TextField
          name="city"
          label={t("where")}
          placeholder={t("whereHint")}
          autoComplete="off"
          sx={{ ...FIELD, flex: 1 }}
          slotProps={{
            htmlInput: { maxLength: 80, list: "home-cities", enterKeyHint: "search" },
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <Place />
                </InputAdornment>
              ),
            },
          }}
        />
        <datalist id="home-cities">
          {cities.map((city) => (
            <option key={city} value={city} />
          ))}
        </datalist>
        <Button type="submit" variant="contained" size="large" sx={{ px: 4, py: 1.8, flexShrink: 0 }}>
          {t("submit")}
        </Button>
      </Stack>
    </form>
  );
}
