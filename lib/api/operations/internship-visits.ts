import * as yup from "yup";
import {
  assignSupervisorSchema,
  moveVisitSchema,
  pickVisitSlotSchema,
  proposeVisitSchema,
  VISIT_KINDS,
  VISIT_MODES,
  visitReportSchema,
} from "@/lib/internships/schemas";
import { array, boolean, integer, nullable, object, string, type ApiOperation, type JsonSchema } from "../operation";

// Supervisor visits and calls (slots offered, one picked, then reported) and the bulk assignment
// of supervisors (issue 9).

const tags = ["internships"];
const instant = (): JsonSchema => string({ format: "date-time" });
const unknown = { 404: { description: "No such internship, or not one the caller takes part in." } };
const notTheirs = { 403: { description: "The caller's part in the internship does not allow this." } };

const visit = object({
  id: string(),
  internshipId: string(),
  kind: { type: "string", enum: [...VISIT_KINDS] },
  status: { type: "string", enum: ["PROPOSED", "SCHEDULED", "DONE", "CANCELLED"] },
  plannedAt: nullable(instant()),
  endsAt: nullable(instant()),
  location: nullable(string()),
  meetingUrl: nullable(string()),
  timeZone: string({ description: "The IANA zone the dates are shown in; the instants are UTC." }),
  chosenByRole: nullable(string({ description: "Who picked the date: STUDENT or ENTERPRISE (the tutor)." })),
  sequence: integer({ minimum: 0, description: "The calendar SEQUENCE of the invitation." }),
  doneAt: nullable(instant()),
  mode: nullable({ type: "string", enum: [...VISIT_MODES] }),
  report: nullable(string()),
  followUp: nullable(string()),
  reportedAt: nullable(instant()),
  createdAt: instant(),
  supervisorName: string(),
  slots: array(
    object({
      id: string(),
      startsAt: instant(),
      endsAt: instant(),
      open: { ...boolean(), description: "Whether it may still be picked (its notice cut-off is ahead)." },
    }),
  ),
});

export const internshipVisitsOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/internships/{id}/visits",
    summary: "An internship's visits and calls",
    description:
      "For every party of the internship, latest first; `slots` lists the dates offered while none is picked.",
    tags,
    auth: true,
    responses: { 200: { description: "The visits.", schema: array(visit) }, ...unknown },
  },
  {
    method: "POST",
    path: "/internships/{id}/visits",
    summary: "Offer dates for a visit or a call",
    description:
      "The assigned supervisor, on an internship not ended: 1 to 10 future dates of one duration (the interview slot engine: UTC instants shown in `timeZone`, a notice before which they may be picked). A VISIT needs a `location`, a VIDEO call a `meetingUrl`. Dates may not overlap each other nor another date the supervisor offered or a visit scheduled (409).",
    tags,
    auth: true,
    requestBody: proposeVisitSchema,
    responses: {
      201: { description: "The visit, with its dates offered.", schema: visit },
      ...notTheirs,
      ...unknown,
      409: { description: "The internship has ended, or a date overlaps another of the supervisor's (`visitIds`)." },
    },
  },
  {
    method: "POST",
    path: "/internships/{id}/visits/{visitId}/pick",
    summary: "Pick a visit's date",
    description:
      "The tutor or the student picks one of the dates offered, before its notice cut-off. Everyone (the student, the tutor, the supervisor) is told in the app and by e-mail with the calendar invitation.",
    tags,
    auth: true,
    requestBody: pickVisitSlotSchema,
    responses: {
      200: { description: "The scheduled visit.", schema: visit },
      ...notTheirs,
      404: { description: "No such internship, visit or date among the caller's." },
      409: { description: "A date was already picked, or this one's notice has passed." },
    },
  },
  {
    method: "POST",
    path: "/internships/{id}/visits/{visitId}/report",
    summary: "Report a visit",
    description:
      "The supervisor, once a date is picked: the day it was held (not in the future), ON_SITE or REMOTE, notes and the follow-up agreed. Reporting again corrects the report.",
    tags,
    auth: true,
    requestBody: visitReportSchema,
    responses: {
      200: { description: "The visit, done.", schema: visit },
      ...notTheirs,
      404: { description: "No such internship or visit among the caller's." },
      409: { description: "No date has been picked." },
    },
  },
  {
    method: "POST",
    path: "/internships/{id}/visits/{visitId}/move",
    summary: "Move a scheduled visit",
    description:
      "The assigned supervisor moves a visit whose date is picked and not yet come to a new future `startsAt` (of the same duration unless `durationMinutes` is given), free of their other dates. The UID stays and SEQUENCE rises: everyone gets the updated invitation, and the reminder is sent again for the new date.",
    tags,
    auth: true,
    requestBody: moveVisitSchema,
    responses: {
      200: { description: "The visit, at its new date.", schema: visit },
      ...notTheirs,
      404: { description: "No such internship or visit among the caller's." },
      409: {
        description:
          "The visit is not scheduled or has begun, or the date overlaps another of the supervisor's (`visitIds`).",
      },
    },
  },
  {
    method: "POST",
    path: "/internships/{id}/visits/{visitId}/cancel",
    summary: "Cancel a visit",
    description:
      "The assigned supervisor cancels a visit whose dates are offered or whose date is picked. SEQUENCE rises with the same UID: the invitation becomes METHOD:CANCEL and everyone is told.",
    tags,
    auth: true,
    responses: {
      200: { description: "The visit, cancelled.", schema: visit },
      ...notTheirs,
      404: { description: "No such internship or visit among the caller's." },
      409: { description: "The visit is already done or cancelled." },
    },
  },
  {
    method: "GET",
    path: "/internships/{id}/visits/{visitId}/invite.ics",
    summary: "A visit's calendar invitation",
    description:
      "An iCalendar file (text/calendar) once a date is picked: UID `visit-<id>@<host>` stable, SEQUENCE the visit's, METHOD:REQUEST (METHOD:CANCEL once cancelled). Times in UTC. For the internship's parties; a tutor without an account opens it without signing in through the signed link (`sig`) of the e-mail they got, which is valid for that visit and the tutor the agreement names.",
    tags,
    auth: true,
    query: yup.object({ sig: yup.string().max(100) }),
    responses: {
      200: { description: "The .ics file." },
      404: { description: "No such internship or scheduled visit among the caller's." },
    },
  },
  {
    method: "POST",
    path: "/internships/supervisor-assignments",
    summary: "Assign a supervisor to internships",
    description:
      "A university admin gives up to 100 internships of their university to one of its supervisors, all or nothing.",
    tags,
    auth: true,
    requestBody: assignSupervisorSchema,
    responses: {
      200: {
        description: "How many changed.",
        schema: object({
          assigned: integer({ minimum: 0 }),
          unchanged: integer({ minimum: 0, description: "Already assigned to this supervisor." }),
          supervisor: object({ id: string(), name: string() }),
        }),
      },
      403: { description: "Not a university admin." },
      404: { description: "An internship is not one of the university's." },
    },
  },
];
