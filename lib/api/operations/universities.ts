import { pageSchema } from "@/lib/core/pagination";
import {
  importQuerySchema,
  INTERNSHIP_STANDINGS,
  PROGRAM_LEVELS,
  ROSTER_LIMITS,
  rosterListSchema,
} from "@/lib/universities/schemas";
import {
  array,
  boolean,
  integer,
  listOf,
  nullable,
  object,
  string,
  type ApiOperation,
  type JsonSchema,
} from "../operation";

const tags = ["universities"];
const date = () => string({ format: "date-time" });

const university = object({
  id: string(),
  name: string(),
  shortName: nullable(string()),
  city: nullable(string()),
  country: string(),
  website: nullable(string()),
});
const counts = object({ departments: integer(), programs: integer(), students: integer(), staff: integer() });
const program = object({
  id: string(),
  name: string(),
  level: { type: "string", enum: [...PROGRAM_LEVELS] },
  years: integer({ description: "How many years the program lasts." }),
  studentCount: integer(),
});
const rosterAction = {
  type: "string",
  enum: ["INVITE", "LINK", "UPDATE", "UNCHANGED"],
  description:
    "INVITE: a new account is created and e-mailed a single-use link (14 days) to choose a password; LINK: an existing student account with this e-mail joins the roster; UPDATE: already on the roster, its number, program or year change; UNCHANGED: already on the roster as the file says.",
};
const rosterError = object({
  line: nullable(integer({ description: "The line of the file (1 is the header); null for the whole file." })),
  column: nullable(string({ description: "email, firstName, lastName, studentNumber, program or year." })),
  code: string(),
  message: string(),
});
const preview: JsonSchema = object(
  {
    imported: boolean(),
    university: object({ id: string(), name: string() }),
    separator: { type: "string", enum: [",", ";"] },
    ignoredColumns: array(string()),
    counts: object({ INVITE: integer(), LINK: integer(), UPDATE: integer(), UNCHANGED: integer() }),
    valid: boolean(),
    rows: array(
      object({
        line: integer(),
        email: string(),
        firstName: string(),
        lastName: string(),
        studentNumber: nullable(string()),
        program: nullable(string()),
        year: nullable(integer()),
        action: rosterAction,
        studentId: nullable(string()),
      }),
    ),
    errors: array(rosterError),
  },
  ["imported"],
);

const COLUMNS =
  "Columns (header line, in any order, French or English names, case and accents ignored): `email`, `first name` (`prénom`), `last name` (`nom`) required; `student number` (`numéro étudiant`, `matricule`), `program` (`formation`, the name of one of the university's programs), `year` (`année`, 1 to the program's length) optional. " +
  `Separator \`,\` or \`;\` (detected from the header line), fields quoted as RFC 4180 says, UTF-8 with or without BOM, at most ${ROSTER_LIMITS.maxBytes / 1024 / 1024} MB and ${ROSTER_LIMITS.maxRows} students. Other columns are ignored and listed in \`ignoredColumns\`.`;

/** The universities endpoints of /api/v1 (docs/product.md, "API"). */
export const universitiesOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/universities",
    summary: "List universities",
    description: "Every university of the platform by name: its public identity only.",
    tags,
    auth: true,
    query: pageSchema,
    responses: { 200: { description: "A page of universities.", schema: listOf(university) } },
  },
  {
    method: "GET",
    path: "/universities/{id}",
    summary: "A university",
    description: "Its public identity; its own staff and system admins also get `counts`.",
    tags,
    auth: true,
    responses: {
      200: { description: "The university.", schema: object({ ...university.properties!, counts }, ["counts"]) },
      404: { description: "No such university." },
    },
  },
  {
    method: "GET",
    path: "/universities/{id}/departments",
    summary: "A university's departments and programs",
    description: "The university's own staff (admins and supervisors) and system admins; by name.",
    tags,
    auth: true,
    responses: {
      200: {
        description: "Every department, with its programs (one page).",
        schema: listOf(object({ id: string(), name: string(), staffCount: integer(), programs: array(program) })),
      },
      403: { description: "Not university staff." },
      404: { description: "Not your university." },
    },
  },
  {
    method: "GET",
    path: "/universities/{id}/students",
    summary: "A university's students",
    description:
      "Admins of the university see its whole roster, a supervisor the students assigned to them. `q` matches the name, e-mail or student number; " +
      `\`standing\` is where the student stands: ${INTERNSHIP_STANDINGS.join(", ")} (from their applications, agreements and internships).`,
    tags,
    auth: true,
    query: rosterListSchema,
    responses: {
      200: {
        description: "A page of students, by name.",
        schema: listOf(
          object({
            id: string(),
            name: string(),
            email: string(),
            studentNumber: nullable(string()),
            yearOfStudy: nullable(integer()),
            program: nullable(object({ id: string(), name: string(), level: string() })),
            standing: { type: "string", enum: [...INTERNSHIP_STANDINGS] },
            accountPending: boolean(),
          }),
        ),
      },
      403: { description: "Not university staff." },
      404: { description: "Not your university." },
    },
  },
  {
    method: "GET",
    path: "/universities/{id}/supervisors",
    summary: "A university's staff and pending invitations",
    description:
      "Admins and supervisors of the university with their department; `invitations` (admins only, empty for supervisors) lists those not accepted yet.",
    tags,
    auth: true,
    responses: {
      200: {
        description: "The staff, by name.",
        schema: listOf(
          object({
            id: string(),
            name: string(),
            email: string(),
            role: string(),
            title: nullable(string()),
            department: nullable(object({ id: string(), name: string() })),
            currentInterns: integer(),
          }),
          {
            invitations: array(
              object({
                id: string(),
                email: string(),
                name: nullable(string()),
                role: string(),
                department: nullable(object({ id: string(), name: string() })),
                sentAt: date(),
                expiresAt: date(),
                expired: boolean(),
              }),
            ),
          },
        ),
      },
      403: { description: "Not university staff." },
      404: { description: "Not your university." },
    },
  },
  {
    method: "POST",
    path: "/universities/{id}/students/import",
    summary: "Import the student roster (CSV)",
    description:
      "The body is the CSV (`text/csv`), or a `multipart/form-data` form with the file in `file`. " +
      COLUMNS +
      " With `dryRun=true` nothing is written: the answer is the preview, each row with what it would do, and every error (line, column, reason). " +
      "Without it, the import runs in one transaction only when no row is wrong (otherwise 400, `errors[].field` is `rows.<line>.<column>`); importing the same file again changes nothing.",
    tags,
    auth: true,
    query: importQuerySchema,
    responses: {
      200: { description: "The preview (dry run) or what was imported.", schema: preview },
      400: { description: "The file cannot be read, or a row is wrong: nothing was imported." },
      403: { description: "University admins only." },
      404: { description: "Not your university." },
      409: { description: "The roster changed during the import: nothing was imported, run it again." },
      413: { description: `The file is over ${ROSTER_LIMITS.maxBytes / 1024 / 1024} MB.` },
    },
  },
];
