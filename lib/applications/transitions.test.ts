import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import type { AppError } from "@/lib/core/errors";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/identity/actor";
import { applicationIn, enterpriseWithOffer, offerOf, studentWithCv } from "@/tests/helpers/applications";
import { changeApplicationStatus } from "./change-application-status";

const ALL: ApplicationStatus[] = [
  "DRAFT",
  "SUBMITTED",
  "UNDER_REVIEW",
  "SHORTLISTED",
  "INTERVIEW",
  "ACCEPTED",
  "REJECTED",
  "WITHDRAWN",
];

// The workflow as the product describes it, written out here rather than read from transitions.ts.
const ENTERPRISE: Partial<Record<ApplicationStatus, ApplicationStatus[]>> = {
  SUBMITTED: ["UNDER_REVIEW", "SHORTLISTED", "INTERVIEW", "REJECTED"],
  UNDER_REVIEW: ["SHORTLISTED", "INTERVIEW", "REJECTED"],
  SHORTLISTED: ["INTERVIEW", "ACCEPTED", "REJECTED"],
  INTERVIEW: ["ACCEPTED", "REJECTED"],
};
const STUDENT: Partial<Record<ApplicationStatus, ApplicationStatus[]>> = {
  DRAFT: ["SUBMITTED"],
  SUBMITTED: ["WITHDRAWN"],
  UNDER_REVIEW: ["WITHDRAWN"],
  SHORTLISTED: ["WITHDRAWN"],
  INTERVIEW: ["WITHDRAWN"],
};
const EVENT: Record<string, string> = {
  SUBMITTED: "application.submitted",
  ACCEPTED: "application.accepted",
  REJECTED: "application.rejected",
  WITHDRAWN: "application.withdrawn",
  UNDER_REVIEW: "application.status-changed",
  SHORTLISTED: "application.status-changed",
  INTERVIEW: "application.status-changed",
};

let enterprise: { enterpriseId: string; actor: Actor };
let student: { studentId: string; actor: Actor };

beforeAll(async () => {
  enterprise = await enterpriseWithOffer();
  student = await studentWithCv();
});

const pairs = ALL.flatMap((from) => ALL.map((to) => [from, to] as const));

async function attempt(side: "enterprise" | "student", from: ApplicationStatus, to: ApplicationStatus) {
  const offerId = await offerOf(enterprise.enterpriseId, { positions: 100 });
  const id = await applicationIn(from, offerId, student.studentId);
  const actor = side === "enterprise" ? enterprise.actor : student.actor;
  const outcome = await changeApplicationStatus(actor, id, {
    status: to,
    reason: "PROFILE_NOT_MATCHING",
    message: "Merci pour votre candidature.",
  }).then(
    (view) => ({ ok: true as const, view }),
    (error: AppError) => ({ ok: false as const, error }),
  );
  return { id, outcome };
}

describe.each(["enterprise", "student"] as const)("every move by the %s", (side) => {
  const table = side === "enterprise" ? ENTERPRISE : STUDENT;

  it.each(pairs)("%s → %s", async (from, to) => {
    const { id, outcome } = await attempt(side, from, to);
    const row = await db.application.findUniqueOrThrow({ where: { id } });
    const changes = await db.applicationStatusChange.findMany({ where: { applicationId: id } });
    if (table[from]?.includes(to)) {
      expect(outcome.ok).toBe(true);
      expect(row.status).toBe(to);
      expect(changes).toEqual([
        expect.objectContaining({
          fromStatus: from,
          toStatus: to,
          actorId: (side === "enterprise" ? enterprise : student).actor.userId,
        }),
      ]);
      expect(
        await db.auditLog.count({
          where: { entity: "Application", entityId: id, action: `application.${to.toLowerCase()}` },
        }),
      ).toBe(1);
      const events = await db.outboxEvent.findMany({ where: { data: { path: ["applicationId"], equals: id } } });
      expect(events.map((e) => e.name)).toEqual([EVENT[to]]);
      return;
    }
    // Refused: nothing changed, and the answer says why and what is possible.
    expect(outcome.ok).toBe(false);
    expect(row.status).toBe(from);
    expect(changes).toEqual([]);
    if (!outcome.ok) {
      if (side === "enterprise" && from === "DRAFT") {
        // The enterprise never sees a draft.
        expect(outcome.error.code).toBe("NOT_FOUND");
      } else {
        expect(outcome.error.code).toBe("CONFLICT");
        expect(outcome.error.details.extensions?.allowed).toEqual(table[from] ?? []);
      }
    }
  });
});
