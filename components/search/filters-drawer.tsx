"use client";
import Close from "@mui/icons-material/Close";
import Tune from "@mui/icons-material/Tune";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Drawer from "@mui/material/Drawer";
import IconButton from "@mui/material/IconButton";
import Stack from "@mui/material/Stack";
import { useTheme } from "@mui/material/styles";
import useMediaQuery from "@mui/material/useMediaQuery";
import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { useEffect, useSyncExternalStore, type ReactNode } from "react";

// Whether the drawer is open, shared by the button above the results and the filters' column
// (two places of a server-rendered page, so a small store rather than a context provider).
let drawerOpen = false;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const setOpen = (open: boolean) => {
  drawerOpen = open;
  listeners.forEach((listener) => listener());
};

/**
 * Below the md breakpoint the filters live in a drawer opened from a button above the results
 * (rather than after all of them); from md up they stay in their column, and widening the
 * window puts them back there.
 */
function useDrawerOpen() {
  const open = useSyncExternalStore(
    subscribe,
    () => drawerOpen,
    () => false,
  );
  const wide = useMediaQuery(useTheme().breakpoints.up("md"));
  return open && !wide;
}

/** "Filtres (n)": opens the drawer on narrow screens, with the number of filter values ticked. */
export function FiltersButton({ active }: { active: number }) {
  const t = useTranslations("search");
  const open = useDrawerOpen();
  return (
    <Button
      variant={active > 0 ? "contained" : "outlined"}
      startIcon={<Tune />}
      aria-haspopup="dialog"
      aria-expanded={open}
      onClick={() => setOpen(true)}
      sx={{ display: { md: "none" } }}
    >
      {t("filtersButton", { count: active })}
    </Button>
  );
}

/** The filters: in the column on wide screens, in a bottom drawer on narrow ones when opened. */
export function FiltersPlacement({
  total,
  clearHref,
  children,
}: {
  total: number;
  /** Where "clear the filters" leads, when some are ticked. */
  clearHref?: string;
  children: ReactNode;
}) {
  const t = useTranslations("search");
  const open = useDrawerOpen();
  // Leaving the page (the back button, a link) closes the drawer for the next visit.
  useEffect(() => () => setOpen(false), []);
  // The filters are rendered in one place at a time: two copies would both belong to the search form.
  return (
    <>
      {!open && <Box sx={{ display: { xs: "none", md: "block" } }}>{children}</Box>}
      <Drawer
        anchor="bottom"
        open={open}
        onClose={() => setOpen(false)}
        slotProps={{
          paper: {
            "aria-labelledby": "search-filters",
            sx: { maxHeight: "88dvh", borderTopLeftRadius: 16, borderTopRightRadius: 16 },
          },
        }}
      >
        <IconButton
          aria-label={t("closeFilters")}
          onClick={() => setOpen(false)}
          sx={{ position: "absolute", top: 8, right: 8, zIndex: 1 }}
        >
          <Close />
        </IconButton>
        <Box sx={{ px: 2, pt: 2, pb: 1, overflowY: "auto", flex: "1 1 auto", minHeight: 0 }}>{children}</Box>
        <Stack direction="row" spacing={1.5} sx={{ p: 2, borderTop: 1, borderColor: "divider" }}>
          {clearHref && (
            <Button component={NextLink} href={clearHref} scroll={false} size="large" onClick={() => setOpen(false)}>
              {t("clear")}
            </Button>
          )}
          <Button variant="contained" size="large" onClick={() => setOpen(false)} sx={{ flexGrow: 1 }}>
            {t("showResults", { total })}
          </Button>
        </Stack>
      </Drawer>
    </>
  );
}
