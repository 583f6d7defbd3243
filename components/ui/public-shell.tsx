"use client";
import AppBar from "@mui/material/AppBar";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Toolbar from "@mui/material/Toolbar";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import NextLink from "next/link";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "./language-switcher";
import { ThemeToggle } from "./theme-toggle";

/** Frame of the public pages (offer search, offer and enterprise pages) for visitors not signed in. */
export function PublicShell({ children }: { children: ReactNode }) {
  const t = useTranslations();
  return (
    <Box sx={{ minHeight: "100dvh" }}>
      <a href="#main" className="skip-link">
        {t("app.skipToContent")}
      </a>
      <AppBar position="sticky" color="inherit" elevation={0} sx={{ borderBottom: 1, borderColor: "divider" }}>
        <Toolbar sx={{ gap: 1 }}>
          <Typography
            component={NextLink}
            href="/"
            variant="h6"
            sx={{ color: "inherit", textDecoration: "none", fontWeight: 700, flexGrow: 1 }}
          >
            {t("app.name")}
          </Typography>
          <Button component={NextLink} href="/offers" sx={{ display: { xs: "none", sm: "inline-flex" } }}>
            {t("nav.search")}
          </Button>
          <LanguageSwitcher />
          <ThemeToggle />
          <Button component={NextLink} href="/sign-in" variant="outlined">
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
