// The demo interviews: slots on the demo enterprise's offers that have applicants at the shortlist
// or interview stage, the INTERVIEW-stage applications booked into an upcoming slot, and the
// accepted application's interview held in the past, with its outcome.
import type { Tx } from "@/lib/core/db";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** 10:00 in Paris (UTC+1 or +2; 08:30 UTC lands in the morning either way) `days` from today. */
const morning = (now: Date, days: number, extraHours = 0) => {
  const day = new Date(now.getTime() + days * DAY);
  day.setUTCHours(8, 30, 0, 0);
  return new Date(day.getTime() + extraHours * HOUR);
};

export async function seedDemoInterviews(tx: Tx, input: { now: Date; offerIds: string[] }): Promise<void> {
  const { now, offerIds } = input;
  const applications = await tx.application.findMany({
    where: { offerId: { in: offerIds }, status: { in: ["SHORTLISTED", "INTERVIEW", "ACCEPTED"] } },
    select: {
      id: true,
      offerId: true,
      status: true,
      history: { where: { toStatus: "INTERVIEW" }, select: { createdAt: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  const slot = (offerId: string, startsAt: Date, place: { location?: string; meetingUrl?: string }, capacity = 1) =>
    tx.interviewSlot.create({
      data: {
        offerId,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 45 * 60_000),
        timeZone: "Europe/Paris",
        capacity,
        minNoticeMinutes: 1440,
        bufferMinutes: 15,
        ...place,
      },
      select: { id: true },
    });

  // Upcoming slots on every offer with someone to invite: on site, by video, and a group session.
  const invited = [...new Set(applications.filter((a) => a.status !== "ACCEPTED").map((a) => a.offerId))];
  const upcoming = new Map<string, string>();
  for (const offerId of invited) {
    const first = await slot(offerId, morning(now, 3), { location: "Numeria, 12 quai Rambaud, Lyon 2e" });
    await slot(offerId, morning(now, 4, 5), { meetingUrl: "https://meet.numeria.demo/entretien-stage" });
    await slot(offerId, morning(now, 6), { location: "Numeria, 12 quai Rambaud, Lyon 2e" }, 4);
    upcoming.set(offerId, first.id);
  }

  for (const application of applications) {
    if (application.status === "INTERVIEW") {
      // Booked, and already told (the notification workflows claim sequence 0).
      await tx.interviewBooking.create({
        data: { slotId: upcoming.get(application.offerId)!, applicationId: application.id, notifiedSequence: 0 },
      });
    }
    if (application.status === "ACCEPTED") {
      // The interview that led to the decision: held the day after the move to INTERVIEW.
      const movedAt = application.history[0]?.createdAt ?? new Date(now.getTime() - 14 * DAY);
      const past = await slot(application.offerId, new Date(movedAt.getTime() + 18 * HOUR), {
        location: "Numeria, 12 quai Rambaud, Lyon 2e",
      });
      await tx.interviewBooking.create({
        data: {
          slotId: past.id,
          applicationId: application.id,
          status: "DONE",
          notifiedSequence: 0,
          reminderSentAt: new Date(movedAt.getTime() - 6 * HOUR + 18 * HOUR),
          outcomeAt: new Date(movedAt.getTime() + 20 * HOUR),
          outcomeNotes: "Très bon échange : projet de fin d'études solide, à l'aise avec TypeScript et les tests.",
        },
      });
    }
  }
}
