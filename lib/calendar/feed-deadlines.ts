import { db } from "@/lib/core/db";
import { translator } from "@/lib/core/translator";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PER_KIND, sinceDayOf, versionOf, type FeedContext, type FeedEvent } from "./feed-event";

/** Applications still alive: a draft to send, or one sent and not decided. */
const LIVE = ["DRAFT", "SUBMITTED", "UNDER_REVIEW", "SHORTLISTED", "INTERVIEW"] as const;

/**
 * Last days to apply, as all-day events: for a student, the published offers they applied to
 * (an application still alive) or saved; for an enterprise's members, its own offers (published,
 * or drafts with a deadline set). One UID per offer and audience, SEQUENCE from the offer's last change.
 */
export async function deadlineEvents({ me, now, host, appUrl }: FeedContext): Promise<FeedEvent[]> {
  let where: Prisma.OfferWhereInput;
  if (me.role === "STUDENT" && me.studentId) {
    const studentId = me.studentId;
    where = {
      status: "PUBLISHED",
      OR: [
        { applications: { some: { studentId, status: { in: [...LIVE] } } } },
        { favourites: { some: { studentId } } },
      ],
    };
  } else if (me.role === "ENTERPRISE" && me.enterprise) {
    where = { enterpriseId: me.enterprise.id, status: { in: ["PUBLISHED", "DRAFT"] } };
  } else return [];
  const rows = await db.offer.findMany({
    where: { AND: [where, { deadline: { gte: sinceDayOf(now) } }] },
    orderBy: { deadline: "asc" },
    take: PER_KIND,
    select: { id: true, title: true, deadline: true, updatedAt: true, enterprise: { select: { name: true } } },
  });
  const t = translator(me.locale, "calendar.feed");
  const student = me.role === "STUDENT";
  return rows.map((offer) => {
    const url = student ? `${appUrl}/offers/${offer.id}` : `${appUrl}/enterprise/offers/${offer.id}`;
    return {
      uid: `${student ? "application-deadline" : "offer-deadline"}-${offer.id}@${host}`,
      sequence: versionOf(offer.updatedAt),
      stamp: offer.updatedAt,
      allDay: true,
      day: offer.deadline!,
      summary: student
        ? t("applicationDeadline", { title: offer.title, enterprise: offer.enterprise.name })
        : t("offerDeadline", { title: offer.title }),
      description: url,
      url,
    };
  });
}
