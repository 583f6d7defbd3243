import { describe, expect, it } from "vitest";
import { tellStudentRejected } from "@/inngest/functions/application-notifications";
import type { AppEvent } from "@/inngest/events";
import { runLocally } from "@/inngest/local-runner";
import type { Workflow } from "@/inngest/workflow";
import { db } from "@/lib/core/db";
import type { AppError } from "@/lib/core/errors";
import { applicationIn, enterpriseWithOffer, memberOf, studentWithCv } from "@/tests/helpers/applications";
import { changeApplicationStatus } from "./change-application-status";
import { closeOfferWhenFilled } from "./close-offer-when-filled";
import { getOfferFill, shouldOfferClosing } from "./get-offer-fill";

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: AppError) => error,
  );

async function applicants(offerId: string, statuses: Parameters<typeof applicationIn>[0][]) {
  return Promise.all(
    statuses.map(async (status) => {
      const student = await studentWithCv();
      return { student, status, id: await applicationIn(status, offerId, student.studentId) };
    }),
  );
}

describe("accepting beyond the positions", () => {
  it("is refused with the numbers until confirmed, then accepted", async () => {
    const enterprise = await enterpriseWithOffer({ positions: 1 });
    const [, second] = await applicants(enterprise.offerId, ["ACCEPTED", "INTERVIEW"]);
    const refused = await failure(changeApplicationStatus(enterprise.actor, second!.id, { status: "ACCEPTED" }));
    expect(refused).toMatchObject({
      code: "CONFLICT",
      reason: { key: "overPositions", values: { positions: 1, accepted: 1 } },
      details: { extensions: { positions: 1, accepted: 1, confirm: "confirmOverPositions" } },
    });
    expect((await db.application.findUniqueOrThrow({ where: { id: second!.id } })).status).toBe("INTERVIEW");
    expect(await db.applicationStatusChange.count({ where: { applicationId: second!.id } })).toBe(0);

    const view = await changeApplicationStatus(enterprise.actor, second!.id, {
      status: "ACCEPTED",
      confirmOverPositions: true,
    });
    expect(view.status).toBe("ACCEPTED");
    expect(await db.application.count({ where: { offerId: enterprise.offerId, status: "ACCEPTED" } })).toBe(2);
  });

  it("does not ask while a position is free", async () => {
    const enterprise = await enterpriseWithOffer({ positions: 2 });
    const [, second] = await applicants(enterprise.offerId, ["ACCEPTED", "SHORTLISTED"]);
    const view = await changeApplicationStatus(enterprise.actor, second!.id, { status: "ACCEPTED" });
    expect(view.status).toBe("ACCEPTED");
  });
});

describe("closing a filled offer", () => {
  it("closes the offer and declines each remaining applicant once, each told exactly once", async () => {
    const enterprise = await enterpriseWithOffer({ positions: 2, title: "Stage produit" });
    const rows = await applicants(enterprise.offerId, [
      "ACCEPTED",
      "ACCEPTED",
      "SUBMITTED",
      "UNDER_REVIEW",
      "INTERVIEW",
      "WITHDRAWN",
      "REJECTED",
    ]);
    const waiting = rows.filter((row) => ["SUBMITTED", "UNDER_REVIEW", "INTERVIEW"].includes(row.status));
    const fill = await getOfferFill(enterprise.actor, enterprise.offerId);
    expect(fill).toMatchObject({ status: "PUBLISHED", positions: 2, accepted: 2, open: 3 });
    expect(shouldOfferClosing(fill)).toBe(true);

    const result = await closeOfferWhenFilled(enterprise.actor, enterprise.offerId, {
      message: "Merci, les postes sont pourvus.",
    });
    expect(result).toEqual({ offerId: enterprise.offerId, declined: 3 });
    const offer = await db.offer.findUniqueOrThrow({ where: { id: enterprise.offerId } });
    expect(offer.status).toBe("CLOSED");
    expect(offer.closedAt).not.toBeNull();
    for (const row of rows) {
      const after = await db.application.findUniqueOrThrow({ where: { id: row.id } });
      expect(after.status).toBe(waiting.includes(row) ? "REJECTED" : row.status);
    }
    const changes = await db.applicationStatusChange.findMany({
      where: { application: { offerId: enterprise.offerId } },
    });
    expect(changes).toHaveLength(3);
    for (const change of changes) {
      expect(change).toMatchObject({ toStatus: "REJECTED", rejectionReason: "POSITION_FILLED" });
      expect(change.note).toBe("Merci, les postes sont pourvus.");
    }
    expect(shouldOfferClosing(await getOfferFill(enterprise.actor, enterprise.offerId))).toBe(false);

    // Each decline's event, delivered twice (a duplicate delivery), tells its student once.
    const events = await db.outboxEvent.findMany({ where: { name: "application.rejected" } });
    const ours = events.filter((event) =>
      changes.some((change) => change.id === (event.data as { changeId: string }).changeId),
    );
    expect(ours).toHaveLength(3);
    for (const event of ours) {
      const appEvent = { id: event.id, name: event.name, data: event.data } as AppEvent<"application.rejected">;
      await runLocally([tellStudentRejected as unknown as Workflow], appEvent);
      await runLocally([tellStudentRejected as unknown as Workflow], appEvent);
    }
    for (const row of rows) {
      const emails = await db.emailMessage.findMany({ where: { to: row.student.user.email } });
      const notifications = await db.notification.findMany({ where: { userId: row.student.user.id } });
      const told = waiting.includes(row) ? 1 : 0;
      expect(emails).toHaveLength(told);
      expect(notifications).toHaveLength(told);
      if (told) expect(emails[0]!.text).toContain("Merci, les postes sont pourvus.");
    }
  });

  it("is refused while a position is free, and changes nothing", async () => {
    const enterprise = await enterpriseWithOffer({ positions: 2 });
    const [, waiting] = await applicants(enterprise.offerId, ["ACCEPTED", "SHORTLISTED"]);
    const refused = await failure(closeOfferWhenFilled(enterprise.actor, enterprise.offerId));
    expect(refused).toMatchObject({
      code: "CONFLICT",
      reason: { key: "positionsNotFilled", values: { positions: 2, accepted: 1 } },
    });
    expect((await db.offer.findUniqueOrThrow({ where: { id: enterprise.offerId } })).status).toBe("PUBLISHED");
    expect((await db.application.findUniqueOrThrow({ where: { id: waiting!.id } })).status).toBe("SHORTLISTED");
    expect(
      await db.outboxEvent.count({
        where: { name: "offer.closed", data: { path: ["offerId"], equals: enterprise.offerId } },
      }),
    ).toBe(0);
  });

  it("belongs to the offer's admins and recruiters", async () => {
    const enterprise = await enterpriseWithOffer({ positions: 1 });
    const other = await enterpriseWithOffer();
    const tutor = await memberOf(enterprise.enterpriseId, "TUTOR");
    const [, waiting] = await applicants(enterprise.offerId, ["ACCEPTED", "SUBMITTED"]);
    const student = await studentWithCv();
    // The offers slice's answer for another enterprise's offer.
    expect(await failure(closeOfferWhenFilled(other.actor, enterprise.offerId))).toMatchObject({ code: "FORBIDDEN" });
    expect(await failure(closeOfferWhenFilled(tutor.actor, enterprise.offerId))).toMatchObject({ code: "FORBIDDEN" });
    expect(await failure(closeOfferWhenFilled(student.actor, enterprise.offerId))).toMatchObject({ code: "FORBIDDEN" });
    expect(
      await failure(closeOfferWhenFilled(enterprise.actor, enterprise.offerId, { message: "x".repeat(2001) })),
    ).toMatchObject({ code: "VALIDATION" });
    expect((await db.application.findUniqueOrThrow({ where: { id: waiting!.id } })).status).toBe("SUBMITTED");
    expect((await db.offer.findUniqueOrThrow({ where: { id: enterprise.offerId } })).status).toBe("PUBLISHED");

    const recruiter = await memberOf(enterprise.enterpriseId, "RECRUITER");
    expect(await closeOfferWhenFilled(recruiter.actor, enterprise.offerId)).toEqual({
      offerId: enterprise.offerId,
      declined: 1,
    });
  });
});
