"use client";
import DarkMode from "@mui/icons-material/DarkMode";
import LightMode from "@mui/icons-material/LightMode";
import IconButton from "@mui/material/IconButton";
import { useColorScheme } from "@mui/material/styles";
import { useTranslations } from "next-intl";

export function ThemeToggle() {
  const t = useTranslations("app");
  const { mode, systemMode, setMode } = useColorScheme();
  const current = mode === "system" ? systemMode : mode;
  return (
    <IconButton color="inherit" aria-label={t("theme")} onClick={() => setMode(current === "dark" ? "light" : "dark")}>
      {current === "dark" ? <LightMode /> : <DarkMode />}
    </IconButton>
  );
}
