import { REJECTION_REASONS } from "@/lib/applications/schemas";
import { STATUS_ORDER } from "@/lib/applications/transitions";
import { SCREENING_KINDS } from "@/lib/offers/schemas";
import { array, integer, listOf, nullable, object, string, type JsonSchema } from "../operation";
import { date, reason } from "./student-shapes";

// Response shapes of the applications operations (./applications.ts).

export const status = (): JsonSchema => ({ type: "string", enum: [...STATUS_ORDER] });
const statuses = () => array(status());

export const application = object({
  id: string(),
  offerId: string(),
  studentId: string(),
  status: status(),
  coverLetter: nullable(string()),
  cvDocumentId: nullable(string()),
  cv: nullable(object({ documentId: string(), fileName: string() })),
  matchScore: nullable(integer({ minimum: 0, maximum: 100 })),
  matchReasons: array(reason),
  submittedAt: date(),
  decidedAt: date(),
  createdAt: string({ format: "date-time" }),
  updatedAt: string({ format: "date-time" }),
  offer: object({
    id: string(),
    title: string(),
    city: string(),
    country: string(),
    positions: integer(),
    status: string(),
    deadline: date(),
    enterprise: object({ id: string(), name: string() }),
  }),
  student: object({
    id: string(),
    name: string(),
    email: string({ format: "email" }),
    headline: nullable(string()),
    university: nullable(string()),
    program: nullable(string()),
  }),
  history: {
    ...array(
      object({
        id: string(),
        fromStatus: nullable(status()),
        toStatus: status(),
        at: string({ format: "date-time" }),
        rejectionReason: nullable({ type: "string", enum: [...REJECTION_REASONS] }),
        note: nullable(string()),
      }),
    ),
    description:
      "Oldest first. `rejectionReason` is the enterprise's own record (null for the student); `note` is its message to the student on a decline, or the student's reason on a withdrawal. The enterprise does not see the draft.",
  },
  answers: {
    ...array(
      object({
        questionId: nullable(string()),
        question: string(),
        kind: { type: "string", enum: [...SCREENING_KINDS] },
        value: nullable(string()),
      }),
    ),
    description:
      "The answers to the offer's screening questions, in the offer's order, each with the question's text as it was asked (`questionId` is null once the enterprise has removed the question). `value` is the text, `yes`/`no`, or the option chosen; null for an optional question left unanswered.",
  },
  allowed: { ...statuses(), description: "The statuses the caller may move this application to now." },
});

export const offerApplications = listOf(
  object({
    id: string(),
    status: status(),
    matchScore: nullable(integer({ minimum: 0, maximum: 100 })),
    submittedAt: date(),
    decidedAt: date(),
    updatedAt: string({ format: "date-time" }),
    hasCv: { type: "boolean" },
    student: object({ id: string(), name: string(), university: nullable(string()), program: nullable(string()) }),
  }),
  {
    offer: object({ id: string(), title: string(), positions: integer(), status: string() }),
    counts: {
      type: "object",
      description: "How many applications are in each status (drafts never), whatever the filter.",
      additionalProperties: integer(),
    },
  },
);

export const bulkMoveResult = object({
  moved: {
    ...array(object({ id: string(), status: status() })),
    description: "The applications moved, in the order sent.",
  },
  failed: {
    ...array(
      object(
        {
          id: string(),
          code: string({ description: "The error code the single move would answer (`NOT_FOUND`, `CONFLICT`…)." }),
          reason: object({ key: string(), values: { type: "object" } }, ["values"]),
          message: string({ description: "Why, in English." }),
          allowed: statuses(),
        },
        ["allowed"],
      ),
    ),
    description:
      "The applications not moved and why: not found (unknown, or not one of the caller's enterprise's), a move the workflow refuses (`allowed`), positions all filled, changed meanwhile.",
  },
});

export const studentApplications = listOf(
  object({
    id: string(),
    status: status(),
    matchScore: nullable(integer()),
    matchReasons: array(reason),
    submittedAt: date(),
    decidedAt: date(),
    createdAt: string(),
    updatedAt: string(),
    offer: object({
      id: string(),
      title: string(),
      city: string(),
      country: string(),
      enterprise: object({ id: string(), name: string() }),
    }),
    history: array(object({ toStatus: status(), note: nullable(string()), at: string({ format: "date-time" }) })),
    allowed: { ...statuses(), description: "The student's own moves (send a draft, withdraw); empty for others." },
  }),
);
