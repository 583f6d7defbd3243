import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { session } from "@/tests/security/session-mock";
import { applicationIn, enterpriseWithOffer, studentWithCv } from "@/tests/helpers/applications";
import { moveApplication } from "../actions";
import { cancelInterview, closeFilledOffer } from "./actions";

vi.mock("@/lib/identity/current-actor", async (importOriginal) => {
  const { mockedCurrentActor } = await import("@/tests/security/session-mock");
  return mockedCurrentActor(await importOriginal());
});
vi.mock("@/lib/identity/next-auth", async () => (await import("@/tests/security/session-mock")).mockedNextAuth());
vi.mock("next/headers", async (importOriginal) =>
  (await import("@/tests/security/session-mock")).mockedHeaders(await importOriginal()),
);
vi.mock("@/inngest/dispatch", () => ({ kickRelay: async () => undefined }));

beforeEach(async () => {
  await db.rateLimit.deleteMany();
});

describe("a refused move through a server action", () => {
  it("carries the moves still allowed, as the API's 409 does", async () => {
    const enterprise = await enterpriseWithOffer();
    const student = await studentWithCv();
    const id = await applicationIn("SUBMITTED", enterprise.offerId, student.studentId);
    session.userId = enterprise.user.id;
    const result = await moveApplication({ id, change: { status: "ACCEPTED" } });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "CONFLICT",
        reason: { key: "transitionNotAllowed", values: { from: "SUBMITTED", to: "ACCEPTED" } },
        extensions: { allowed: ["UNDER_REVIEW", "SHORTLISTED", "INTERVIEW", "REJECTED"] },
      },
    });
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
  });

  it("says nothing more when the failure has no extensions", async () => {
    session.userId = null;
    const result = await moveApplication({ id: "nope", change: { status: "ACCEPTED" } });
    expect(result).toEqual({ ok: false, error: { code: "UNAUTHENTICATED", reason: { key: "unauthenticated" } } });
  });
});

describe("the applicant page's actions", () => {
  it("cancel an interview with a message, and close a filled offer", async () => {
    const enterprise = await enterpriseWithOffer({ positions: 1 });
    const student = await studentWithCv();
    const waiting = await studentWithCv();
    await applicationIn("ACCEPTED", enterprise.offerId, student.studentId);
    const applicationId = await applicationIn("INTERVIEW", enterprise.offerId, waiting.studentId);
    const startsAt = new Date(Date.now() + 48 * 3_600_000);
    const slot = await db.interviewSlot.create({
      data: {
        offerId: enterprise.offerId,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 1_800_000),
        location: "Lyon",
      },
    });
    const booking = await db.interviewBooking.create({ data: { slotId: slot.id, applicationId } });
    session.userId = enterprise.user.id;

    expect(await cancelInterview({ id: booking.id, message: "Le poste est pourvu." })).toEqual({
      ok: true,
      data: { id: booking.id, status: "CANCELLED", sequence: 1 },
    });
    const tooLong = await closeFilledOffer({ offerId: enterprise.offerId, message: "x".repeat(2001) });
    expect(tooLong).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { message: { key: "tooLong" } } },
    });
    expect((await db.offer.findUniqueOrThrow({ where: { id: enterprise.offerId } })).status).toBe("PUBLISHED");

    expect(await closeFilledOffer({ offerId: enterprise.offerId })).toEqual({
      ok: true,
      data: { offerId: enterprise.offerId, declined: 1 },
    });
    expect(await db.application.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({
      status: "REJECTED",
    });
  });
});
