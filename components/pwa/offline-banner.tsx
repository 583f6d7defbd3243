"use client";
import Alert from "@mui/material/Alert";
import { useTranslations } from "next-intl";
import { useOnline } from "./use-online";

/** Says so while the browser is offline: what the page shows is the copy kept on this device. */
export function OfflineBanner() {
  const t = useTranslations("notifications.offline");
  const online = useOnline();
  if (online) return null;
  return (
    <Alert severity="warning" role="status" data-testid="offline-banner" sx={{ mb: 2 }}>
      {t("banner")}
    </Alert>
  );
}
