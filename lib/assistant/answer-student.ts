import { db } from "@/lib/core/db";
import { translator } from "@/lib/core/translator";
import type { Actor } from "@/lib/identity/actor";
import { agreementScope } from "@/lib/agreements/policy";
import { applicationScope } from "@/lib/applications/policy";
import { OPEN_STATUSES } from "@/lib/applications/transitions";
import { missingForCompletion } from "@/lib/internships/completion-requirements";
import { internshipScope } from "@/lib/internships/policy";
import { LIST_LIMIT, shortDate, type AssistantAnswer, type ProposedAction } from "./answer";

type Answer = Omit<AssistantAnswer, "intent" | "answered">;
const applicationUrl = (id: string) => `/student/applications/${id}`;

/** The student's applications still waiting for a decision, each with a button to its page (where withdrawing is confirmed). */
export async function openApplications(me: Actor, locale: string): Promise<Answer> {
  const t = translator(locale, "assistant.answers");
  const rows = await db.application.findMany({
    where: { AND: [applicationScope(me), { studentId: me.studentId ?? "-", status: { in: [...OPEN_STATUSES] } }] },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: LIST_LIMIT,
    select: {
      id: true,
      status: true,
      submittedAt: true,
      offer: { select: { title: true, enterprise: { select: { name: true } } } },
    },
  });
  if (rows.length === 0) return { answer: t("noOpenApplications"), citations: [] };
  const status = translator(locale, "assistant.applicationStatus");
  const lines = rows.map((r) => `• ${r.offer.title} (${r.offer.enterprise.name}) — ${status(r.status)}`);
  const actions: ProposedAction[] = rows
    .filter((r) => r.status !== "INTERVIEW")
    .slice(0, 3)
    .map((r) => ({
      kind: "withdrawApplication",
      label: t("withdraw", { title: r.offer.title }),
      url: applicationUrl(r.id),
    }));
  return {
    answer: `${t("openApplications", { count: rows.length })}\n${lines.join("\n")}`,
    citations: rows.map((r) => ({ kind: "application", id: r.id, title: r.offer.title, url: applicationUrl(r.id) })),
    actions,
  };
}

/** The next booked interview; else the applications invited to interview with no slot booked yet. */
export async function nextInterview(me: Actor, locale: string, now = new Date()): Promise<Answer> {
  const t = translator(locale, "assistant.answers");
  const booking = await db.interviewBooking.findFirst({
    where: { status: "BOOKED", slot: { startsAt: { gte: now } }, application: applicationScope(me) },
    orderBy: { slot: { startsAt: "asc" } },
    select: {
      applicationId: true,
      slot: { select: { startsAt: true, location: true, meetingUrl: true } },
      application: { select: { offer: { select: { title: true } } } },
    },
  });
  if (booking) {
    const where = booking.slot.location ?? booking.slot.meetingUrl ?? t("placeUnknown");
    const title = booking.application.offer.title;
    return {
      answer: t("nextInterview", { title, date: shortDate(booking.slot.startsAt, locale, true), place: where }),
      citations: [
        { kind: "application", id: booking.applicationId, title, url: applicationUrl(booking.applicationId) },
      ],
    };
  }
  const invited = await db.application.findMany({
    where: { AND: [applicationScope(me), { studentId: me.studentId ?? "-", status: "INTERVIEW" }] },
    take: LIST_LIMIT,
    select: { id: true, offer: { select: { title: true } } },
  });
  if (invited.length === 0) return { answer: t("noInterview"), citations: [] };
  return {
    answer: t("interviewToBook", { count: invited.length }),
    citations: invited.map((a) => ({ kind: "application", id: a.id, title: a.offer.title, url: applicationUrl(a.id) })),
    actions: invited.map((a) => ({
      kind: "bookInterview",
      label: t("book", { title: a.offer.title }),
      url: applicationUrl(a.id),
    })),
  };
}

/** The student's agreements: where each stands, and who has still to sign. */
export async function agreementStatus(me: Actor, locale: string): Promise<Answer> {
  const t = translator(locale, "assistant.answers");
  const party = translator(locale, "assistant.party");
  const rows = await db.agreement.findMany({
    where: { AND: [agreementScope(me), { studentId: me.studentId ?? "-" }] },
    orderBy: { createdAt: "desc" },
    take: 3,
    select: {
      id: true,
      status: true,
      application: { select: { offer: { select: { title: true } } } },
      steps: { orderBy: { order: "asc" }, select: { party: true, status: true } },
    },
  });
  if (rows.length === 0) return { answer: t("noAgreement"), citations: [] };
  const lines = rows.map((a) => {
    const title = a.application.offer.title;
    if (a.status === "DRAFT") return t("agreementDraft", { title });
    if (a.status === "VALIDATED") return t("agreementValidated", { title });
    if (a.status === "CANCELLED") return t("agreementCancelled", { title });
    const pending = a.steps.filter((s) => s.status === "PENDING").map((s) => party(s.party));
    return t("agreementSigning", { title, parties: pending.join(", ") });
  });
  return {
    answer: lines.join("\n"),
    citations: rows.map((a) => ({
      kind: "agreement",
      id: a.id,
      title: a.application.offer.title,
      url: `/agreements/${a.id}`,
    })),
  };
}

/** What the student's current internship lacks before it can be completed. */
export async function internshipCompletion(me: Actor, locale: string): Promise<Answer> {
  const t = translator(locale, "assistant.answers");
  const internship = await db.internship.findFirst({
    where: { AND: [internshipScope(me), { studentId: me.studentId ?? "-" }] },
    orderBy: { startDate: "desc" },
    select: { id: true, status: true, offer: { select: { title: true } }, enterprise: { select: { name: true } } },
  });
  if (!internship) return { answer: t("noInternship"), citations: [] };
  const title = internship.offer?.title ?? internship.enterprise.name;
  const citations = [{ kind: "internship", id: internship.id, title, url: `/internships/${internship.id}` }];
  if (internship.status === "COMPLETED") return { answer: t("internshipCompleted", { title }), citations };
  if (internship.status === "TERMINATED") return { answer: t("internshipTerminated", { title }), citations };
  const missing = await missingForCompletion(db, internship.id);
  if (missing.length === 0) return { answer: t("internshipReady", { title }), citations };
  const reasons = translator(locale);
  return {
    answer: `${t("internshipMissing", { title })}\n${missing.map((gap) => `• ${reasons(`reasons.${gap}`)}`).join("\n")}`,
    citations,
  };
}

/** The student's attestations and certificates that stand (not revoked). */
export async function certificate(me: Actor, locale: string): Promise<Answer> {
  const t = translator(locale, "assistant.answers");
  const rows = await db.certificate.findMany({
    where: { revokedAt: null, internship: { AND: [internshipScope(me), { studentId: me.studentId ?? "-" }] } },
    orderBy: { issuedAt: "desc" },
    take: LIST_LIMIT,
    select: { id: true, serial: true, kind: true, issuedAt: true, internshipId: true },
  });
  if (rows.length === 0) return { answer: t("noCertificate"), citations: [] };
  const kind = translator(locale, "assistant.certificateKind");
  return {
    answer: t("certificates", { count: rows.length }),
    citations: rows.map((c) => ({
      kind: "certificate",
      id: c.id,
      title: `${kind(c.kind)} ${c.serial} (${shortDate(c.issuedAt, locale)})`,
      url: `/internships/${c.internshipId}`,
    })),
  };
}
