import { db } from "@/lib/core/db";
import { translator } from "@/lib/core/translator";
import { applicationScope } from "@/lib/applications/policy";
import { localTime, PER_KIND, sinceOf, type FeedContext, type FeedEvent } from "./feed-event";

/**
 * Interviews booked: the student's own, and those of the enterprise's offers for its members
 * (read through the applications' scope). The UID and SEQUENCE are the booking's, as in the
 * invitation e-mailed (interview-<id>@host), so a calendar holding both keeps one event.
 */
export async function interviewEvents({ me, now, host, appUrl }: FeedContext): Promise<FeedEvent[]> {
  if (me.role !== "STUDENT" && me.role !== "ENTERPRISE") return [];
  const rows = await db.interviewBooking.findMany({
    where: {
      status: { in: ["BOOKED", "DONE"] },
      application: applicationScope(me),
      slot: { startsAt: { gte: sinceOf(now) } },
    },
    orderBy: { slot: { startsAt: "asc" } },
    take: PER_KIND,
    select: {
      id: true,
      sequence: true,
      updatedAt: true,
      application: {
        select: {
          id: true,
          student: { select: { user: { select: { name: true } } } },
          offer: { select: { title: true, enterprise: { select: { name: true } } } },
        },
      },
      slot: { select: { startsAt: true, endsAt: true, location: true, meetingUrl: true, timeZone: true } },
    },
  });
  const t = translator(me.locale, "calendar.feed");
  return rows.map(({ id, sequence, updatedAt, application, slot }) => {
    const link =
      me.role === "STUDENT" ? `/student/applications/${application.id}` : `/enterprise/applications/${application.id}`;
    const values = {
      title: application.offer.title,
      enterprise: application.offer.enterprise.name,
      student: application.student.user.name,
    };
    return {
      uid: `interview-${id}@${host}`,
      sequence,
      stamp: updatedAt,
      allDay: false,
      start: slot.startsAt,
      end: slot.endsAt,
      summary: me.role === "STUDENT" ? t("interview", values) : t("interviewOf", values),
      description: [localTime(me.locale, slot.startsAt, slot.timeZone), slot.meetingUrl, `${appUrl}${link}`]
        .filter(Boolean)
        .join("\n"),
      location: slot.location ?? slot.meetingUrl ?? undefined,
      url: `${appUrl}${link}`,
    };
  });
}
