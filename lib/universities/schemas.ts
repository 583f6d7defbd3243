import * as yup from "yup";
import { tooLarge, tooLong, tooShort, tooSmall } from "@/lib/core/limit-messages";
import { pageSchema } from "@/lib/core/pagination";

/** Validation shared by the university admin's forms and the server; messages are i18n keys. */

export const PROGRAM_LEVELS = ["BACHELOR", "MASTER", "ENGINEERING", "DOCTORATE", "OTHER"] as const;
export const MAX_PROGRAM_YEARS = 8;

const name = () => yup.string().trim().required("required").min(2, tooShort).max(120, tooLong);
const id = () => yup.string().trim().required("required").max(40, tooLong);

export const departmentSchema = yup.object({ name: name() });
export const renameDepartmentSchema = yup.object({ departmentId: id(), name: name() });

export const programSchema = yup.object({
  departmentId: id(),
  name: name(),
  level: yup.string().oneOf(PROGRAM_LEVELS, "choice").required("required"),
  years: yup
    .number()
    .typeError("integer")
    .integer("integer")
    .required("required")
    .min(1, tooSmall)
    .max(MAX_PROGRAM_YEARS, tooLarge),
});
export type ProgramInput = yup.InferType<typeof programSchema>;
export const updateProgramSchema = programSchema.shape({ programId: id() });

export const inviteSupervisorSchema = yup.object({
  name: name(),
  email: yup.string().trim().lowercase().required("required").email("email").max(254, tooLong),
  departmentId: yup
    .string()
    .trim()
    .max(40, tooLong)
    .nullable()
    .optional()
    .transform((value) => (value === "" ? null : value)),
});
export type InviteSupervisorInput = yup.InferType<typeof inviteSupervisorSchema>;

export const invitationIdSchema = yup.object({ invitationId: id() });

/** Where a student stands, derived from their applications, agreements and internships. */
export const INTERNSHIP_STANDINGS = ["NONE", "APPLYING", "AGREEMENT", "IN_INTERNSHIP", "COMPLETED"] as const;
export type InternshipStanding = (typeof INTERNSHIP_STANDINGS)[number];

export const rosterListSchema = pageSchema.shape({
  q: yup.string().trim().max(120, tooLong).optional(),
  programId: yup.string().trim().max(40, tooLong).optional(),
  year: yup.number().typeError("integer").integer("integer").min(1, tooSmall).max(MAX_PROGRAM_YEARS, tooLarge),
  standing: yup.string().oneOf(INTERNSHIP_STANDINGS, "choice").optional(),
});
export type RosterListInput = yup.InferType<typeof rosterListSchema>;

export const importQuerySchema = yup.object({
  dryRun: yup.boolean().typeError("choice").default(false),
});

/** The roster file's limits, stated on the import page and in the API description. */
export const ROSTER_LIMITS = { maxBytes: 1024 * 1024, maxRows: 1000 } as const;

/** The columns of a roster file, and the headers each is recognised by (compared without case or accents). */
export const ROSTER_COLUMNS = {
  email: { required: true, headers: ["email", "e-mail", "mail", "courriel", "adresse e-mail", "email address"] },
  firstName: { required: true, headers: ["first name", "firstname", "given name", "prenom"] },
  lastName: { required: true, headers: ["last name", "lastname", "surname", "family name", "nom", "nom de famille"] },
  studentNumber: {
    required: false,
    headers: ["student number", "student id", "studentnumber", "numero etudiant", "n etudiant", "matricule"],
  },
  program: { required: false, headers: ["program", "programme", "formation", "filiere"] },
  year: { required: false, headers: ["year", "year of study", "annee", "annee d'etude"] },
} as const;
export type RosterColumn = keyof typeof ROSTER_COLUMNS;
export const ROSTER_COLUMN_NAMES = Object.keys(ROSTER_COLUMNS) as RosterColumn[];
