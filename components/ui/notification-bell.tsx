"use client";
import Notifications from "@mui/icons-material/NotificationsOutlined";
import Badge from "@mui/material/Badge";
import IconButton from "@mui/material/IconButton";
import { useTranslations } from "next-intl";
import NextLink from "next/link";

/** The app bar's bell: the number of unread notifications, leading to their list. */
export function NotificationBell({ unread }: { unread: number }) {
  const t = useTranslations("notifications");
  return (
    <IconButton component={NextLink} href="/notifications" color="inherit" aria-label={t("bell", { count: unread })}>
      <Badge badgeContent={unread} color="error" max={99}>
        <Notifications />
      </Badge>
    </IconButton>
  );
}
