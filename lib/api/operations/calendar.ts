import type { ApiOperation } from "../operation";

// The private calendar subscription (issue 15): the token in the path is the only authority.

export const calendarOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/calendar/feed/{token}",
    summary: "A user's calendar subscription (iCalendar)",
    description:
      "The `token` is the secret of the user's subscription address, shown on their profile page (it may end in `.ics`); no session or bearer token is read. The answer is an RFC 5545 calendar (text/calendar, no METHOD) with the dates of the token's owner as their role gives them: interviews, application deadlines of the offers they applied to or saved (students), the deadlines of their enterprise's offers (members), signatures waiting for them, visits and calls, evaluations to fill. UIDs are stable (`<kind>-<id>@<host>`) and SEQUENCE rises when a thing moves; instants are UTC, deadlines are all-day DATE values. A renewed or revoked token, or any other string, answers 404. Reading writes nothing.",
    tags: ["calendar"],
    auth: false,
    responses: {
      200: { description: "The calendar (text/calendar)." },
      404: { description: "No subscription has this token (never had one, renewed, revoked)." },
    },
  },
  {
    method: "GET",
    path: "/agreements/{id}/signature.ics",
    summary: "The caller's signature due, as a calendar file",
    description:
      "While it is the caller's turn to sign the agreement: an iCalendar file (text/calendar) with one all-day event on the step's last day, UID `signature-<step id>@<host>` (the same as in the calendar feed).",
    tags: ["calendar"],
    auth: true,
    responses: {
      200: { description: "The .ics file." },
      404: { description: "No signature of the caller is due on this agreement (or it is not one they may read)." },
    },
  },
];
