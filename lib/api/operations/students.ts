import { pageSchema } from "@/lib/core/pagination";
import { recommendationsSchema } from "@/lib/recommendations/schemas";
import {
  academicRecordSchema,
  preferencesSchema,
  studentListSchema,
  studentProfileSchema,
  studentSkillsSchema,
} from "@/lib/students/schemas";
import { array, boolean, integer, listOf, nullable, object, string, type ApiOperation } from "../operation";
import { studentApplications } from "./application-shapes";
import { date, named, offerCard, preferences, profile, reason, record, skills } from "./student-shapes";

const tags = ["students"];
const own = { 403: { description: "A student acts on their own profile only." } };
const readable = { 404: { description: "No such student, or not one the caller may see." } };

/** The students endpoints of /api/v1 (docs/product.md, "API"), favourites and recommendations. */
export const studentsOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/students",
    summary: "List the students the caller may see, or search visible profiles (enterprises)",
    description:
      "Own university for its staff, assigned interns for supervisors, everyone for admins, oneself for a student. " +
      "For the members of a verified enterprise it is the talent search: only the profiles whose owner left " +
      "`visibleToEnterprises` on, recently updated first, each with the first name and the last name's initial, " +
      "headline, bio, city, studies, skills, wished fields and places and availability — never the e-mail, phone, " +
      "student number, stipend wish or CV. `applicationId` is the student's latest application to the caller's " +
      "enterprise, where the contact details are; null otherwise. An enterprise not verified yet gets a 403. " +
      "Filters, for every caller: `skills` (comma-separated, all required), `field` (field of study or a wished " +
      "field), `level` (the program's), `city` (the city, or a wished place), `availableFrom`/`availableTo` (a " +
      "wished period overlapping them; students without dates are left out).",
    tags,
    auth: true,
    query: studentListSchema,
    responses: {
      200: {
        description: "A page of students: the first shape for university staff and admins, the second for enterprises.",
        schema: listOf({
          oneOf: [
            object({
              id: string(),
              name: string(),
              headline: nullable(string()),
              city: nullable(string()),
              fieldOfStudy: nullable(string()),
              university: named(),
              program: named(),
              skills: array(string()),
              email: string(),
              visibleToEnterprises: boolean(),
            }),
            object({
              id: string(),
              name: string({ description: "First name and the last name's initial." }),
              headline: nullable(string()),
              bio: nullable(string()),
              city: nullable(string()),
              fieldOfStudy: nullable(string()),
              university: named(),
              program: nullable(object({ id: string(), name: string(), level: string() })),
              skills,
              wishedFields: array(string()),
              wishedPlaces: array(string()),
              availableFrom: date(),
              availableTo: date(),
              applicationId: nullable(string()),
            }),
          ],
        }),
      },
      403: { description: "An enterprise whose verification is not granted yet." },
    },
  },
  {
    method: "GET",
    path: "/students/{id}",
    summary: "Read a student's profile",
    tags,
    auth: true,
    responses: { 200: { description: "The profile.", schema: profile }, ...readable },
  },
  {
    method: "PUT",
    path: "/students/{id}",
    summary: "Change one's own profile",
    description:
      "Only the fields sent change; `null` or an empty string clears one. `programId` must be a program of the student's university.",
    tags,
    auth: true,
    requestBody: studentProfileSchema,
    responses: { 200: { description: "The profile after the change.", schema: profile }, ...own },
  },
  {
    method: "POST",
    path: "/students/{id}/skills",
    summary: "Replace one's own skills",
    description: "The whole list (an empty list clears it); names unknown to the shared list are added to it.",
    tags,
    auth: true,
    requestBody: studentSkillsSchema,
    responses: { 200: { description: "The skills now on the profile.", schema: object({ skills }) }, ...own },
  },
  {
    method: "POST",
    path: "/students/{id}/academic-records",
    summary: "Add an academic record to one's own profile",
    tags,
    auth: true,
    requestBody: academicRecordSchema,
    responses: { 201: { description: "The new record.", schema: record }, ...own },
  },
  {
    method: "DELETE",
    path: "/students/{id}/academic-records/{recordId}",
    summary: "Remove one of one's own academic records",
    tags,
    auth: true,
    responses: { 204: { description: "Removed." }, ...own, 404: { description: "No such record on this profile." } },
  },
  {
    method: "PUT",
    path: "/students/{id}/preferences",
    summary: "Replace one's own internship preferences",
    description:
      "Fields, places, remote modes, availability dates and minimum monthly stipend; lists left out are emptied.",
    tags,
    auth: true,
    requestBody: preferencesSchema,
    responses: { 200: { description: "The preferences now stored.", schema: preferences }, ...own },
  },
  {
    method: "PUT",
    path: "/students/{id}/cv",
    summary: "Upload one's CV (PDF)",
    description:
      "`multipart/form-data` with the PDF in a field named `file` (5 MB at most; the type is read from the bytes). Replacing the CV adds a version to the same document.",
    tags,
    auth: true,
    responses: {
      200: {
        description: "The stored CV.",
        schema: object({
          documentId: string(),
          version: integer(),
          fileName: string(),
          size: integer(),
          sha256: string(),
          uploadedAt: string({ format: "date-time" }),
        }),
      },
      400: { description: "No file, an empty or too large file, or not a PDF." },
      ...own,
    },
  },
  {
    method: "GET",
    path: "/students/{id}/applications",
    summary: "A student's applications",
    description:
      "For the student, their university's staff and admins; enterprises read applicants through their offers.",
    tags,
    auth: true,
    query: pageSchema,
    responses: {
      200: {
        description: "A page of applications, newest first, each with its history and match reasons.",
        schema: studentApplications,
      },
      ...readable,
    },
  },
  {
    method: "GET",
    path: "/students/{id}/internships",
    summary: "A student's internships",
    description:
      "For the student, their university, their assigned supervisor (only the internships they follow) and admins.",
    tags,
    auth: true,
    query: pageSchema,
    responses: {
      200: {
        description: "A page of internships, latest start first.",
        schema: listOf(
          object({
            id: string(),
            status: string(),
            startDate: string(),
            endDate: string(),
            startedAt: date(),
            completedAt: date(),
            enterprise: object({ id: string(), name: string() }),
            offer: named(),
          }),
        ),
      },
      ...readable,
    },
  },
  {
    method: "GET",
    path: "/students/{id}/favourites",
    summary: "One's saved offers",
    description:
      "Last saved first; offers closed or expired since are kept with `available: false`. The cursor is an offer id.",
    tags,
    auth: true,
    query: pageSchema,
    responses: {
      200: {
        description: "A page of saved offers.",
        schema: listOf(object({ offer: offerCard, savedAt: string({ format: "date-time" }), available: boolean() })),
      },
      ...own,
    },
  },
  {
    method: "PUT",
    path: "/students/{id}/favourites/{offerId}",
    summary: "Save an open offer",
    description: "Idempotent: saving it again changes nothing.",
    tags,
    auth: true,
    responses: {
      200: {
        description: "The offer is saved.",
        schema: object({
          offerId: string(),
          saved: { type: "boolean", const: true },
          savedAt: string({ format: "date-time" }),
        }),
      },
      ...own,
      404: { description: "No open offer has this id." },
    },
  },
  {
    method: "DELETE",
    path: "/students/{id}/favourites/{offerId}",
    summary: "Remove an offer from one's saved offers",
    description: "Idempotent: removing an offer that is not saved changes nothing.",
    tags,
    auth: true,
    responses: {
      204: { description: "The offer is not saved (any more)." },
      ...own,
      404: { description: "No offer has this id." },
    },
  },
  {
    method: "GET",
    path: "/offers/recommendations/{studentId}",
    summary: "The open offers that fit a student best, with the reasons",
    description:
      "Ranked by a score from 0 to 100 made of skill overlap, wished fields, places, remote modes, start dates and stipend, the field of study, and likeness to offers saved or applied to (offers already applied to are left out). Each reason is `{ code, values }` for clients to translate. For the student, their university's staff and admins.",
    tags: ["offers", ...tags],
    auth: true,
    query: recommendationsSchema,
    responses: {
      200: {
        description: "Best first; `nextCursor` is always null.",
        schema: listOf(
          object({
            offer: offerCard,
            score: integer({ minimum: 0, maximum: 100 }),
            reasons: array(reason),
            saved: boolean(),
          }),
        ),
      },
      403: { description: "Enterprises do not read students' recommendations." },
      ...readable,
    },
  },
];
