import { jsonSchema, tool, type ToolSet } from "ai";
import { db } from "@/lib/core/db";
import type { Actor } from "@/lib/identity/actor";
import { applicationScope } from "@/lib/applications/policy";
import { OFFER_FIELDS, REMOTE_MODES } from "@/lib/offers/offer-options";
import type { AssistantAnswer } from "./answer";
import { ownOfferTitles, pendingApplications, recentApplicants } from "./answer-enterprise";
import { offerSearchAnswer } from "./answer-search";
import { agreementStatus, certificate, internshipCompletion, nextInterview, openApplications } from "./answer-student";
import { missingLogbooks, visitsToPlan } from "./answer-university";
import { period, stipendBuckets } from "./entities";
import { INTENT_ROLES, type Intent } from "./intents";
import { fold, words } from "./text";

type Part = Omit<AssistantAnswer, "intent" | "answered">;
/** What the tools gathered during one answer: the citations, search and actions shown beside the model's text. */
export type Gathered = Pick<AssistantAnswer, "citations" | "search" | "actions">;

const noInput = jsonSchema<Record<string, never>>({ type: "object", properties: {}, additionalProperties: false });
const PERIODS = ["today", "this week", "last week", "next week", "this month", "next month"];

/**
 * The domain functions as tools, bound to the caller on the server: no tool takes a user id, and
 * each reads only through the caller's scopes, so a model asking about another user's records gets
 * "not found". Only the tools of the caller's role are offered.
 */
export function assistantTools(me: Actor, locale: string, gathered: Gathered, now = new Date()): ToolSet {
  const keep = (part: Part) => {
    gathered.citations.push(...part.citations);
    if (part.search) gathered.search = part.search;
    if (part.actions) (gathered.actions ??= []).push(...part.actions);
    return { answer: part.answer, records: part.citations };
  };
  const periodOf = (text?: string) => (text ? period(words(fold(text)), now) : null);
  const offerIdsNamed = async (title?: string) => {
    if (!title) return [];
    const wanted = fold(title);
    return (await ownOfferTitles(me)).filter((o) => fold(o.title).includes(wanted)).map((o) => o.id);
  };
  const all: Partial<Record<Intent | "applicationDetails", ToolSet[string]>> = {
    openApplications: tool({
      description: "The caller's applications still waiting for a decision.",
      inputSchema: noInput,
      execute: async () => keep(await openApplications(me, locale)),
    }),
    nextInterview: tool({
      description: "The caller's next booked interview, or the interviews still to book.",
      inputSchema: noInput,
      execute: async () => keep(await nextInterview(me, locale, now)),
    }),
    agreementStatus: tool({
      description: "Where the caller's internship agreements stand and who has still to sign.",
      inputSchema: noInput,
      execute: async () => keep(await agreementStatus(me, locale)),
    }),
    internshipCompletion: tool({
      description: "What the caller's internship lacks before it can be completed.",
      inputSchema: noInput,
      execute: async () => keep(await internshipCompletion(me, locale)),
    }),
    certificate: tool({
      description: "The caller's internship attestations and certificates.",
      inputSchema: noInput,
      execute: async () => keep(await certificate(me, locale)),
    }),
    recentApplicants: tool({
      description: "Who applied to the caller's enterprise's offers in a period, optionally to one offer.",
      inputSchema: jsonSchema<{ period?: string; offerTitle?: string }>({
        type: "object",
        properties: { period: { type: "string", enum: PERIODS }, offerTitle: { type: "string", maxLength: 200 } },
        additionalProperties: false,
      }),
      execute: async ({ period: when, offerTitle }) =>
        keep(await recentApplicants(me, locale, periodOf(when), await offerIdsNamed(offerTitle), now)),
    }),
    pendingApplications: tool({
      description: "The applications to the caller's enterprise's offers not answered yet.",
      inputSchema: jsonSchema<{ offerTitle?: string }>({
        type: "object",
        properties: { offerTitle: { type: "string", maxLength: 200 } },
        additionalProperties: false,
      }),
      execute: async ({ offerTitle }) => keep(await pendingApplications(me, locale, await offerIdsNamed(offerTitle))),
    }),
    missingLogbooks: tool({
      description: "The caller's followed interns whose logbook lacks finished weeks.",
      inputSchema: noInput,
      execute: async () => keep(await missingLogbooks(me, locale, now)),
    }),
    visitsToPlan: tool({
      description: "The caller's internship visits to plan, proposed and scheduled.",
      inputSchema: jsonSchema<{ period?: string }>({
        type: "object",
        properties: { period: { type: "string", enum: PERIODS } },
        additionalProperties: false,
      }),
      execute: async ({ period: when }) => keep(await visitsToPlan(me, locale, periodOf(when), now)),
    }),
    offerSearch: tool({
      description: "Searches the published internship offers.",
      inputSchema: jsonSchema<{
        q?: string;
        city?: string[];
        remote?: string[];
        field?: string[];
        start?: string[];
        minStipend?: number;
      }>({
        type: "object",
        properties: {
          q: { type: "string", maxLength: 200 },
          city: { type: "array", items: { type: "string", maxLength: 80 }, maxItems: 5 },
          remote: { type: "array", items: { type: "string", enum: [...REMOTE_MODES] }, maxItems: 3 },
          field: { type: "array", items: { type: "string", enum: [...OFFER_FIELDS] }, maxItems: 5 },
          start: { type: "array", items: { type: "string", pattern: "^\\d{4}-(0[1-9]|1[0-2])$" }, maxItems: 6 },
          minStipend: { type: "number", minimum: 0, maximum: 100000 },
        },
        additionalProperties: false,
      }),
      execute: async (input) =>
        keep(
          await offerSearchAnswer(
            {
              q: input.q ?? "",
              facets: {
                city: input.city ?? [],
                remote: (input.remote ?? []) as (typeof REMOTE_MODES)[number][],
                field: (input.field ?? []) as (typeof OFFER_FIELDS)[number][],
                start: input.start ?? [],
                stipend: stipendBuckets(input.minStipend ?? null, false),
                skills: [],
              },
              minStipend: input.minStipend ?? null,
            },
            locale,
          ),
        ),
    }),
    applicationDetails: tool({
      description: "One application the caller may read, by its id: its offer and status.",
      inputSchema: jsonSchema<{ applicationId: string }>({
        type: "object",
        properties: { applicationId: { type: "string", maxLength: 40 } },
        required: ["applicationId"],
        additionalProperties: false,
      }),
      execute: async ({ applicationId }) => {
        const row = await db.application.findFirst({
          where: { AND: [{ id: String(applicationId).slice(0, 40) }, applicationScope(me)] },
          select: { id: true, status: true, submittedAt: true, offer: { select: { title: true } } },
        });
        if (!row) return { error: "not found" };
        const url = me.role === "STUDENT" ? `/student/applications/${row.id}` : `/enterprise/applications/${row.id}`;
        gathered.citations.push({ kind: "application", id: row.id, title: row.offer.title, url });
        return { id: row.id, status: row.status, submittedAt: row.submittedAt, offer: row.offer.title };
      },
    }),
  };
  const offered = Object.entries(all).filter(
    ([name]) => name === "applicationDetails" || INTENT_ROLES[name as Intent]?.includes(me.role),
  );
  return Object.fromEntries(offered) as ToolSet;
}
