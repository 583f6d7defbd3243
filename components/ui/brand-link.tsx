"use client";
import Box from "@mui/material/Box";
import type { SxProps, Theme } from "@mui/material/styles";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import NextLink from "next/link";

/**
 * The logo and the name, leading home: the top-left corner of the public and sign-in pages.
 * `compact` leaves the logo out on phones, where a full toolbar needs the room.
 */
export function BrandLink({ compact, sx }: { compact?: boolean; sx?: SxProps<Theme> }) {
  const t = useTranslations("app");
  return (
    <Box sx={[{ display: "flex", alignItems: "center" }, ...(Array.isArray(sx) ? sx : [sx])]}>
      <Box
        component={NextLink}
        href="/"
        aria-label={t("home")}
        sx={{ display: "inline-flex", alignItems: "center", gap: 1, color: "inherit", textDecoration: "none" }}
      >
        <Box
          component="img"
          src="/icons/icon.svg"
          alt=""
          sx={{ width: 32, height: 32, flexShrink: 0, display: compact ? { xs: "none", sm: "block" } : "block" }}
        />
        <Typography component="span" variant="h6" sx={{ fontWeight: 700 }}>
          {t("name")}
        </Typography>
      </Box>
    </Box>
  );
}
