import List from "@mui/material/List";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { MarkAllReadButton } from "@/components/notifications/mark-all-read-button";
import { NotificationItem } from "@/components/notifications/notification-item";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { forPage, pageActor } from "@/lib/identity/page-guard";
import { listNotifications } from "@/lib/notifications/list-notifications";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** The user's notifications, newest first, grouped by day (UTC, as every date of the app is shown). */
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const actor = await pageActor();
  const { cursor } = await searchParams;
  const [page, t, format] = await Promise.all([
    forPage(listNotifications(actor, actor.userId, { cursor: cursor?.slice(0, 200), limit: 50 })),
    getTranslations("notifications"),
    getFormatter(),
  ]);
  const now = new Date();
  const today = dayOf(now);
  const yesterday = dayOf(new Date(now.getTime() - 86_400_000));
  const days = new Map<string, typeof page.items>();
  for (const item of page.items) days.set(dayOf(item.createdAt), [...(days.get(dayOf(item.createdAt)) ?? []), item]);
  const heading = (day: string) =>
    day === today
      ? t("today")
      : day === yesterday
        ? t("yesterday")
        : format.dateTime(new Date(day), { dateStyle: "full" });

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Stack direction="row" spacing={1} sx={{ mb: 3 }}>
        <MarkAllReadButton disabled={page.unread === 0} />
        <LinkButton href="/notifications/preferences">{t("settings")}</LinkButton>
      </Stack>
      {page.items.length === 0 && !cursor ? (
        <EmptyState title={t("empty")} hint={t("emptyHint")} action={t("settings")} href="/notifications/preferences" />
      ) : (
        <Stack spacing={3} sx={{ maxWidth: 760 }}>
          {[...days].map(([day, items]) => (
            <section key={day} aria-labelledby={`day-${day}`}>
              <Typography id={`day-${day}`} variant="h2" sx={{ fontSize: "1.1rem", mb: 1 }}>
                {heading(day)}
              </Typography>
              <List disablePadding sx={{ display: "grid", gap: 0.5 }}>
                {items.map((item) => (
                  <NotificationItem key={item.id} item={item} />
                ))}
              </List>
            </section>
          ))}
          {page.nextCursor && (
            <LinkButton href={`?cursor=${encodeURIComponent(page.nextCursor)}`} sx={{ alignSelf: "flex-start" }}>
              {t("more")}
            </LinkButton>
          )}
        </Stack>
      )}
    </>
  );
}
