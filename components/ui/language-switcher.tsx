"use client";
import Translate from "@mui/icons-material/Translate";
import IconButton from "@mui/material/IconButton";
import Menu from "@mui/material/Menu";
import MenuItem from "@mui/material/MenuItem";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { setLocale } from "@/app/locale-actions";
import { LOCALE_NAMES, type Locale } from "@/lib/core/i18n-config";
import { ActionSnackbar } from "./action-outcome";
import { useAction } from "./use-action";

export function LanguageSwitcher() {
  const t = useTranslations("app");
  const locale = useLocale();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { execute, outcome, reset } = useAction(setLocale);

  const choose = (next: Locale) => {
    setAnchor(null);
    void execute(next);
  };

  return (
    <>
      <IconButton
        color="inherit"
        aria-label={t("language")}
        aria-haspopup="menu"
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        <Translate />
      </IconButton>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {Object.entries(LOCALE_NAMES).map(([code, name]) => (
          <MenuItem key={code} selected={code === locale} lang={code} onClick={() => choose(code as Locale)}>
            {name}
          </MenuItem>
        ))}
      </Menu>
      <ActionSnackbar outcome={outcome} onClose={reset} />
    </>
  );
}
