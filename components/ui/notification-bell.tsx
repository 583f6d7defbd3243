"use client";
import Notifications from "@mui/icons-material/NotificationsOutlined";
import Badge from "@mui/material/Badge";
import IconButton from "@mui/material/IconButton";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { useEffect } from "react";

const UNREAD_KEY = ["notifications", "unread-count"] as const;

async function fetchUnread({ signal }: { signal: AbortSignal }): Promise<number> {
  const response = await fetch("/api/v1/notifications/unread-count", { signal, credentials: "same-origin" });
  if (!response.ok) throw new Error(`unread count: ${response.status}`);
  return ((await response.json()) as { unread: number }).unread;
}

/**
 * The app bar's bell: the number of unread notifications, leading to their list. The page brings
 * the number; it is then asked again every minute and when the window comes back into focus,
 * never while the tab is hidden (react-query pauses the interval in the background).
 */
export function NotificationBell({ unread }: { unread: number }) {
  const t = useTranslations("notifications");
  const queryClient = useQueryClient();
  const { data } = useQuery({
    queryKey: UNREAD_KEY,
    queryFn: fetchUnread,
    initialData: unread,
    refetchInterval: 60_000,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
    retry: false,
  });
  // A page rendered later (after marking notifications read, say) knows better than the last poll.
  useEffect(() => {
    queryClient.setQueryData(UNREAD_KEY, unread);
  }, [queryClient, unread]);
  const count = data ?? unread;
  return (
    <IconButton component={NextLink} href="/notifications" color="inherit" aria-label={t("bell", { count })}>
      <Badge badgeContent={count} color="error" max={99}>
        <Notifications />
      </Badge>
    </IconButton>
  );
}
