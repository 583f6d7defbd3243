"use client";
import SearchIcon from "@mui/icons-material/Search";
import IconButton from "@mui/material/IconButton";
import InputAdornment from "@mui/material/InputAdornment";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import Tab from "@mui/material/Tab";
import Tabs from "@mui/material/Tabs";
import TextField from "@mui/material/TextField";
import { useTranslations } from "next-intl";
import { usePathname, useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { OwnOfferCounts } from "@/lib/offers/count-own-offers";
import { OWN_OFFER_SORTS } from "@/lib/offers/offer-options";

type Filters = { status?: string; q?: string; sort?: string };
const TABS = ["ALL", "DRAFT", "PUBLISHED", "CLOSED", "EXPIRED"] as const;

/** The status tabs (with counts), title search and sort of "Mes offres", kept in the URL. */
export function OwnOffersToolbar({ filters, counts }: { filters: Filters; counts: OwnOfferCounts }) {
  const t = useTranslations("offers.list");
  const router = useRouter();
  const pathname = usePathname();
  const [q, setQ] = useState(filters.q ?? "");

  const go = (change: Filters) => {
    const next = { ...filters, ...change };
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) params.set(key, value);
    const query = params.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };
  const search = (event: FormEvent) => {
    event.preventDefault();
    go({ q: q.trim() || undefined });
  };

  return (
    <Stack spacing={2} sx={{ mb: 3 }}>
      <Tabs
        value={filters.status ?? "ALL"}
        onChange={(_, value: string) => go({ status: value === "ALL" ? undefined : value })}
        variant="scrollable"
        scrollButtons="auto"
        allowScrollButtonsMobile
        aria-label={t("tabsLabel")}
        sx={{ borderBottom: 1, borderColor: "divider" }}
      >
        {TABS.map((tab) => (
          <Tab key={tab} value={tab} label={t("tab", { status: tab, count: counts[tab] })} />
        ))}
      </Tabs>
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <form role="search" onSubmit={search} style={{ flexGrow: 1 }}>
          <TextField
            fullWidth
            size="small"
            type="search"
            name="q"
            label={t("search")}
            value={q}
            onChange={(event) => setQ(event.target.value)}
            slotProps={{
              htmlInput: { maxLength: 100 },
              input: {
                endAdornment: (
                  <InputAdornment position="end">
                    <IconButton type="submit" edge="end" aria-label={t("searchSubmit")}>
                      <SearchIcon />
                    </IconButton>
                  </InputAdornment>
                ),
              },
            }}
          />
        </form>
        <TextField
          select
          size="small"
          label={t("sort")}
          value={filters.sort ?? "newest"}
          onChange={(event) => go({ sort: event.target.value === "newest" ? undefined : event.target.value })}
          sx={{ minWidth: 220 }}
        >
          {OWN_OFFER_SORTS.map((sort) => (
            <MenuItem key={sort} value={sort}>
              {t(`sorts.${sort}`)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
    </Stack>
  );
}
