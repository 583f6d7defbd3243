"use client";
import Translate from "@mui/icons-material/Translate";
import IconButton from "@mui/material/IconButton";
import Menu from "@mui/material/Menu";
import MenuItem from "@mui/material/MenuItem";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setLocale } from "@/app/locale-actions";

const NAMES = { fr: "Français", en: "English" } as const;

export function LanguageSwitcher() {
  const t = useTranslations("app");
  const locale = useLocale();
  const router = useRouter();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [, startTransition] = useTransition();

  const choose = (next: keyof typeof NAMES) => {
    setAnchor(null);
    startTransition(async () => {
      await setLocale(next);
      router.refresh();
    });
  };

  return (
    <>
      <IconButton color="inherit" aria-label={t("language")} aria-haspopup="menu" onClick={(e) => setAnchor(e.currentTarget)}>
        <Translate />
      </IconButton>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {Object.entries(NAMES).map(([code, name]) => (
          <MenuItem key={code} selected={code === locale} lang={code} onClick={() => choose(code as keyof typeof NAMES)}>
            {name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
