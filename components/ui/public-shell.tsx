"use client";
import SearchIcon from "@mui/icons-material/Search";
import AppBar from "@mui/material/AppBar";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import IconButton from "@mui/material/IconButton";
import Toolbar from "@mui/material/Toolbar";
import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { BrandLink } from "./brand-link";
import { LanguageSwitcher } from "./language-switcher";
import { ThemeToggle } from "./theme-toggle";

/** Frame of the public pages (home, offer search, offer and enterprise pages) for visitors not signed in. */
export function PublicShell({ children }: { children: ReactNode }) {
  const t = useTranslations();
  const pathname = usePathname();
  const current = (href: string) => (pathname === href || pathname.startsWith(`${href}/`) ? "page" : undefined);
  return (
    <Box sx={{ minHeight: "100dvh" }}>
      <a href="#main" className="skip-link">
        {t("app.skipToContent")}
      </a>
      <AppBar position="sticky" color="inherit" elevation={0} sx={{ borderBottom: 1, borderColor: "divider" }}>
        <Toolbar component="nav" aria-label={t("app.name")} sx={{ gap: { xs: 0.5, sm: 1 } }}>
          <BrandLink compact sx={{ flexGrow: 1 }} />
          <Button
            component={NextLink}
            href="/offers"
            aria-current={current("/offers")}
            startIcon={<SearchIcon />}
            sx={{ display: { xs: "none", sm: "inline-flex" } }}
          >
            {t("nav.search")}
          </Button>
          <IconButton
            component={NextLink}
            href="/offers"
            aria-label={t("nav.search")}
            aria-current={current("/offers")}
            color="primary"
            sx={{ display: { sm: "none" } }}
          >
            <SearchIcon />
          </IconButton>
          <Button
            component={NextLink}
            href="/enterprises"
            aria-current={current("/enterprises")}
            sx={{ display: { xs: "none", md: "inline-flex" } }}
          >
            {t("nav.enterprises")}
          </Button>
          <LanguageSwitcher />
          <ThemeToggle />
          <Button
            component={NextLink}
            href="/sign-in"
            variant="outlined"
            sx={{ px: { xs: 1.25, sm: 2 }, flexShrink: 0 }}
          >
            {t("nav.signIn")}
          </Button>
        </Toolbar>
      </AppBar>
      <Box component="main" id="main" sx={{ p: { xs: 2, sm: 3 }, maxWidth: 1280, mx: "auto" }}>
        {children}
      </Box>
    </Box>
  );
}
