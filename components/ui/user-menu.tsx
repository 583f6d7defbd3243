"use client";
import AccountCircle from "@mui/icons-material/AccountCircle";
import Divider from "@mui/material/Divider";
import IconButton from "@mui/material/IconButton";
import ListItemText from "@mui/material/ListItemText";
import Menu from "@mui/material/Menu";
import MenuItem from "@mui/material/MenuItem";
import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { useState } from "react";
import { signOutAction } from "@/app/(auth)/actions";
import { forgetOfflinePages } from "@/components/pwa/service-worker";

export function UserMenu({ name, role }: { name: string; role: string }) {
  const t = useTranslations();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <IconButton
        color="inherit"
        aria-label={t("app.account")}
        aria-haspopup="menu"
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        <AccountCircle />
      </IconButton>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        <ListItemText sx={{ px: 2, py: 1 }} primary={name} secondary={role} />
        <Divider />
        <MenuItem component={NextLink} href="/profile" onClick={() => setAnchor(null)}>
          {t("nav.profile")}
        </MenuItem>
        <MenuItem onClick={() => void forgetOfflinePages().then(() => signOutAction(null))}>
          {t("app.signOut")}
        </MenuItem>
      </Menu>
    </>
  );
}
