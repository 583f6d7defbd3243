import { getTranslations } from "next-intl/server";
import { SectionCard } from "@/components/ui/section-card";
import type { CalendarFeedView } from "@/lib/calendar/calendar-feed-view";
import { CalendarFeedSettings } from "./calendar-feed-settings";

/** The profile page's calendar section: the private subscription address and how to use it. */
export async function CalendarFeedSection({ feed }: { feed: CalendarFeedView | null }) {
  const t = await getTranslations("calendar.settings");
  return (
    <SectionCard id="calendar" title={t("title")} lead={t("lead")}>
      <CalendarFeedSettings feed={feed} />
    </SectionCard>
  );
}
