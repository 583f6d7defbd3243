import { db } from "@/lib/core/db";
import { translator } from "@/lib/core/translator";
import type { Actor } from "@/lib/identity/actor";
import { applicationScope } from "@/lib/applications/policy";
import { unansweredBefore } from "@/lib/applications/unanswered";
import { LIST_LIMIT, shortDate, type AssistantAnswer } from "./answer";
import type { Period } from "./entities";

type Answer = Omit<AssistantAnswer, "intent" | "answered">;
const applicantUrl = (id: string) => `/enterprise/applications/${id}`;

/** The enterprise's own offers: their titles are the vocabulary "the data offer" is looked up in. */
export async function ownOfferTitles(me: Actor): Promise<{ id: string; title: string }[]> {
  if (me.role !== "ENTERPRISE" || !me.enterprise) return [];
  return db.offer.findMany({
    where: { enterpriseId: me.enterprise.id, status: { in: ["PUBLISHED", "CLOSED", "EXPIRED"] } },
    orderBy: { updatedAt: "desc" },
    take: 200,
    select: { id: true, title: true },
  });
}

const offerFilter = (offerIds: string[]) => (offerIds.length ? { offerId: { in: offerIds } } : {});

/** Who applied to the enterprise's offers in a period (this week by default), newest first. */
export async function recentApplicants(
  me: Actor,
  locale: string,
  when: Period | null,
  offerIds: string[],
  now = new Date(),
): Promise<Answer> {
  const t = translator(locale, "assistant.answers");
  const periodName = translator(locale, "assistant.period");
  const from = when?.from ?? new Date(now.getTime() - 7 * 86_400_000);
  const to = when?.to ?? now;
  const where = {
    AND: [applicationScope(me), offerFilter(offerIds), { submittedAt: { gte: from, lt: to } }],
  };
  const [total, rows] = await Promise.all([
    db.application.count({ where }),
    db.application.findMany({
      where,
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      take: LIST_LIMIT,
      select: {
        id: true,
        submittedAt: true,
        student: { select: { user: { select: { name: true } } } },
        offer: { select: { title: true } },
      },
    }),
  ]);
  const span = periodName(when?.key ?? "last7Days");
  if (total === 0) return { answer: t("noRecentApplicants", { period: span }), citations: [] };
  const lines = rows.map((r) => `• ${r.student.user.name} — ${r.offer.title} (${shortDate(r.submittedAt!, locale)})`);
  return {
    answer: `${t("recentApplicants", { count: total, period: span })}\n${lines.join("\n")}`,
    citations: rows.map((r) => ({
      kind: "application",
      id: r.id,
      title: `${r.student.user.name} — ${r.offer.title}`,
      url: applicantUrl(r.id),
    })),
  };
}

/** The applications the enterprise has not moved yet (sent or under review), oldest first. */
export async function pendingApplications(me: Actor, locale: string, offerIds: string[]): Promise<Answer> {
  const t = translator(locale, "assistant.answers");
  const where = {
    AND: [
      applicationScope(me),
      offerFilter(offerIds),
      { status: { in: ["SUBMITTED" as const, "UNDER_REVIEW" as const] } },
    ],
  };
  const [total, late, rows] = await Promise.all([
    db.application.count({ where }),
    db.application.count({
      where: { AND: [where, { status: "SUBMITTED", submittedAt: { lte: unansweredBefore() } }] },
    }),
    db.application.findMany({
      where,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: LIST_LIMIT,
      select: {
        id: true,
        submittedAt: true,
        student: { select: { user: { select: { name: true } } } },
        offer: { select: { title: true } },
      },
    }),
  ]);
  if (total === 0) return { answer: t("noPendingApplications"), citations: [] };
  const lines = rows.map((r) => `• ${r.student.user.name} — ${r.offer.title} (${shortDate(r.submittedAt!, locale)})`);
  return {
    answer: `${t("pendingApplications", { count: total, late })}\n${lines.join("\n")}`,
    citations: rows.map((r) => ({
      kind: "application",
      id: r.id,
      title: `${r.student.user.name} — ${r.offer.title}`,
      url: applicantUrl(r.id),
    })),
  };
}
