import { bookingSchema, interviewOutcomeSchema, interviewSlotSchema } from "@/lib/applications/schemas";
import { array, integer, nullable, object, string, type ApiOperation, type JsonSchema } from "../operation";

// The interview endpoints of /api/v1 (issue 7, "Interviews"): slots, bookings, invitations.

const tags = ["interviews"];
const instant = (): JsonSchema => string({ format: "date-time" });

const slot = object(
  {
    id: string(),
    offerId: string(),
    startsAt: instant(),
    endsAt: instant(),
    timeZone: string({ description: "IANA zone both sides see the slot in; the instants are UTC." }),
    location: nullable(string()),
    meetingUrl: nullable(string()),
    capacity: integer({ minimum: 1 }),
    minNoticeMinutes: integer({ minimum: 0 }),
    bufferMinutes: integer({ minimum: 0 }),
    bookingClosesAt: instant(),
    placesLeft: integer({ minimum: 0 }),
    bookings: array(object({ id: string(), applicationId: string(), status: string() })),
  },
  ["bookings"],
);

const booking = object({
  id: string(),
  applicationId: string(),
  slotId: string(),
  status: { type: "string", enum: ["BOOKED", "CANCELLED", "DONE", "NO_SHOW"] },
  sequence: integer({ minimum: 0, description: "The calendar SEQUENCE: raised on every move and cancellation." }),
  outcomeNotes: nullable(string()),
  outcomeAt: nullable(instant()),
  cancellationNote: nullable(string({ description: "The enterprise's message to the student when it cancelled." })),
  reminderSentAt: nullable(instant()),
  createdAt: instant(),
  updatedAt: instant(),
  slot: object({
    startsAt: instant(),
    endsAt: instant(),
    timeZone: string(),
    location: nullable(string()),
    meetingUrl: nullable(string()),
    minNoticeMinutes: integer(),
  }),
});

const noBooking = { 404: { description: "No such booking, or not one the caller may see." } };

export const interviewsOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/offers/{id}/slots",
    summary: "An offer's interview slots",
    description:
      "For the offer's enterprise (any member): every slot with its bookings. For a student shortlisted or at interview stage on the offer: the slots still open to booking, with the places left. Anyone else: 404.",
    tags,
    auth: true,
    responses: {
      200: { description: "The slots, soonest first.", schema: array(slot) },
      404: { description: "No such offer, or not one the caller may see slots of." },
    },
  },
  {
    method: "POST",
    path: "/offers/{id}/slots",
    summary: "Publish an interview slot",
    description:
      "The offer's admins and recruiters. `startsAt` is an instant (ISO 8601 with its offset); `timeZone` is the zone both sides are shown. A place or a video link (https) is required. Students book until `minNoticeMinutes` (default 1440) before the start; no other slot of the offer may fall within `bufferMinutes` of it.",
    tags,
    auth: true,
    requestBody: interviewSlotSchema,
    responses: {
      201: { description: "The slot.", schema: slot },
      403: { description: "Not an admin or recruiter of an enterprise." },
      404: { description: "No such offer among the caller's enterprise's." },
      409: { description: "The slot overlaps another slot of the offer, buffer included (`slotIds`)." },
    },
  },
  {
    method: "DELETE",
    path: "/slots/{id}",
    summary: "Delete an interview slot",
    description: "The offer's admins and recruiters, once nobody holds the slot.",
    tags,
    auth: true,
    responses: {
      204: { description: "Deleted." },
      403: { description: "Not an admin or recruiter of an enterprise." },
      404: { description: "No such slot among the caller's enterprise's." },
      409: { description: "Students have booked the slot: cancel their bookings first." },
    },
  },
  {
    method: "POST",
    path: "/slots/{id}/bookings",
    summary: "Book (or move to) an interview slot",
    description:
      "The student, for their application to the slot's offer when it is `SHORTLISTED` or `INTERVIEW`, before the slot's notice cut-off and while it has a place. One booking per application: booking another slot moves it (same UID, `sequence` + 1). A shortlisted application moves to `INTERVIEW`.",
    tags,
    auth: true,
    requestBody: bookingSchema,
    responses: {
      201: { description: "The booking.", schema: booking },
      403: { description: "Not a student." },
      404: { description: "No such application of the caller's, or no such slot on its offer." },
      409: {
        description:
          "The application is not shortlisted, the notice period has started, the slot is full, or it is already booked.",
      },
    },
  },
  {
    method: "DELETE",
    path: "/bookings/{id}",
    summary: "Cancel an interview booking",
    description:
      'The student until the notice cut-off; the offer\'s admins and recruiters until the start. The booking stays, `CANCELLED`, with `sequence` + 1 (its invitation becomes a METHOD:CANCEL), and both sides are told. The enterprise may send an optional JSON body `{ "message": "…" }` (up to 2000 characters, `Content-Type: application/json`): the student reads it with the cancellation.',
    tags,
    auth: true,
    responses: {
      200: { description: "The cancelled booking.", schema: booking },
      403: { description: "Enterprise tutors and other roles." },
      ...noBooking,
      409: { description: "Already cancelled or held, or too late." },
    },
  },
  {
    method: "PUT",
    path: "/bookings/{id}/outcome",
    summary: "Record an interview's outcome",
    description:
      "The offer's admins and recruiters, once the slot has started: `DONE` (held) or `NO_SHOW`, with notes.",
    tags,
    auth: true,
    requestBody: interviewOutcomeSchema,
    responses: {
      200: { description: "The booking with its outcome.", schema: booking },
      403: { description: "Not an admin or recruiter of an enterprise." },
      ...noBooking,
      409: { description: "The booking was cancelled, or the interview has not started." },
    },
  },
  {
    method: "GET",
    path: "/bookings/{id}/invite.ics",
    summary: "The booking's calendar invitation",
    description:
      "An iCalendar file (text/calendar) for the student and the offer's enterprise: UID stable per booking, SEQUENCE the booking's, METHOD:REQUEST, or METHOD:CANCEL once cancelled. Times in UTC.",
    tags,
    auth: true,
    responses: {
      200: { description: "The .ics file." },
      ...noBooking,
    },
  },
];
