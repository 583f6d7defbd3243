import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/identity/actor";
import type { Reason } from "@/lib/recommendations/score-offer";
import { sideOf } from "./policy";
import { allowedMoves } from "./transitions";

/** What one application shows: to its student, to the offer's enterprise, to the student's university. */
export const applicationSelect = {
  id: true,
  offerId: true,
  studentId: true,
  status: true,
  coverLetter: true,
  cvDocumentId: true,
  matchScore: true,
  matchReasons: true,
  submittedAt: true,
  decidedAt: true,
  createdAt: true,
  updatedAt: true,
  cv: {
    select: {
      id: true,
      deletedAt: true,
      versions: { orderBy: { version: "desc" }, take: 1, select: { fileName: true } },
    },
  },
  offer: {
    select: {
      id: true,
      title: true,
      city: true,
      country: true,
      positions: true,
      status: true,
      deadline: true,
      enterprise: { select: { id: true, name: true } },
    },
  },
  student: {
    select: {
      id: true,
      headline: true,
      user: { select: { name: true, email: true } },
      university: { select: { name: true } },
      program: { select: { name: true } },
    },
  },
  history: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, fromStatus: true, toStatus: true, rejectionReason: true, note: true, createdAt: true },
  },
  answers: {
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { questionId: true, questionLabel: true, questionKind: true, value: true },
  },
} satisfies Prisma.ApplicationSelect;

type Row = Prisma.ApplicationGetPayload<{ select: typeof applicationSelect }>;

export function toApplicationView(row: Row, actor: Actor) {
  const { cv, student, history, matchReasons, answers, ...application } = row;
  const side = sideOf(actor, row);
  const isStudent = actor.role === "STUDENT";
  const latestCv = cv && !cv.deletedAt ? cv.versions[0] : undefined;
  return {
    ...application,
    matchReasons: (matchReasons ?? []) as Reason[],
    cv: latestCv ? { documentId: cv!.id, fileName: latestCv.fileName } : null,
    student: {
      id: student.id,
      name: student.user.name,
      email: student.user.email,
      headline: student.headline,
      university: student.university?.name ?? null,
      program: student.program?.name ?? null,
    },
    // The enterprise never saw the draft; the student reads the message, not the enterprise's own reason code.
    history: history
      .filter((change) => isStudent || change.toStatus !== "DRAFT")
      .map(({ rejectionReason, createdAt, ...change }) => ({
        ...change,
        at: createdAt,
        rejectionReason: isStudent ? null : rejectionReason,
      })),
    /** The answers to the offer's screening questions, each beside the question as it was asked. */
    answers: answers.map(({ questionId, questionLabel, questionKind, value }) => ({
      questionId,
      question: questionLabel,
      kind: questionKind,
      value,
    })),
    /** The statuses the caller may move this application to now. */
    allowed: side ? allowedMoves(row.status, side) : [],
  };
}

export type ApplicationView = ReturnType<typeof toApplicationView>;
