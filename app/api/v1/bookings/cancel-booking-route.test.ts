import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { applicationIn, enterpriseWithOffer, settleWorkflows, studentWithCv } from "@/tests/helpers/applications";
import { callRoute } from "@/tests/helpers/call-route";
import { DELETE } from "./[id]/route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

async function booked() {
  const enterprise = await enterpriseWithOffer();
  const student = await studentWithCv();
  const applicationId = await applicationIn("INTERVIEW", enterprise.offerId, student.studentId);
  const startsAt = new Date(Date.now() + 72 * 3_600_000);
  const slot = await db.interviewSlot.create({
    data: { offerId: enterprise.offerId, startsAt, endsAt: new Date(startsAt.getTime() + 1_800_000), location: "Lyon" },
  });
  const booking = await db.interviewBooking.create({ data: { slotId: slot.id, applicationId } });
  return { enterprise, student, booking };
}

const unchanged = async (id: string) =>
  expect(await db.interviewBooking.findUniqueOrThrow({ where: { id } })).toMatchObject({
    status: "BOOKED",
    sequence: 0,
    cancellationNote: null,
  });

describe("DELETE /bookings/{id} with the enterprise's message", () => {
  it("cancels with the message, and tells the student", async () => {
    const { enterprise, student, booking } = await booked();
    const response = await callRoute(DELETE, {
      method: "DELETE",
      params: { id: booking.id },
      body: { message: "Nous devons reporter." },
      headers: enterprise.headers,
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: "CANCELLED",
      sequence: 1,
      cancellationNote: "Nous devons reporter.",
    });
    await settleWorkflows();
    const [email] = await db.emailMessage.findMany({
      where: { to: student.user.email, template: "interview-cancelled" },
    });
    expect(email!.text).toContain("Nous devons reporter.");
  });

  it("still takes no body at all", async () => {
    const { student, booking } = await booked();
    const response = await callRoute(DELETE, {
      method: "DELETE",
      params: { id: booking.id },
      headers: student.headers,
    });
    expect(response).toMatchObject({ status: 200, body: { status: "CANCELLED", cancellationNote: null } });
  });

  it.each([
    ["a message too long", { body: { message: "x".repeat(2001) } }],
    ["a message of the wrong type", { body: { message: { text: "hi" } } }],
    ["a body that is not JSON", { rawBody: "{message:" }],
  ])("refuses %s with 400 problem+json and changes nothing", async (_, input) => {
    const { enterprise, booking } = await booked();
    const response = await callRoute(DELETE, {
      method: "DELETE",
      params: { id: booking.id },
      headers: enterprise.headers,
      ...input,
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    await unchanged(booking.id);
    const events = { name: "interview.cancelled", data: { path: ["bookingId"], equals: booking.id } };
    expect(await db.outboxEvent.count({ where: events })).toBe(0);
  });
});
