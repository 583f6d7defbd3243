import Divider from "@mui/material/Divider";
import Link from "@mui/material/Link";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DeliverySettingsForm } from "@/components/notifications/delivery-settings-form";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { PageHeader } from "@/components/ui/page-header";
import { forPage, pageActor } from "@/lib/identity/page-guard";
import { getNotificationPreferences } from "@/lib/notifications/get-notification-preferences";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.preferences"))("title") };
}

export default async function NotificationPreferencesPage() {
  const actor = await pageActor();
  const [{ items, settings }, t] = await Promise.all([
    forPage(getNotificationPreferences(actor, actor.userId)),
    getTranslations("notifications.preferences"),
  ]);
  return (
    <>
      <Link href="/notifications" sx={{ display: "inline-block", mb: 2 }}>
        {t("back")}
      </Link>
      <PageHeader title={t("title")} lead={t("lead")} />
      {items.length === 0 ? <Typography>{t("none")}</Typography> : <PreferencesForm items={items} />}
      <Divider sx={{ my: 4, maxWidth: 760 }} />
      <DeliverySettingsForm settings={settings} timeZones={Intl.supportedValuesOf("timeZone")} />
    </>
  );
}
