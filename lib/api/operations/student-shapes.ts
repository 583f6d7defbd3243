import { OFFER_FIELDS, REMOTE_MODES } from "@/lib/offers/offer-options";
import { WEIGHTS } from "@/lib/recommendations/score-offer";
import { array, boolean, integer, nullable, object, string, type JsonSchema } from "../operation";

// Response shapes of the students operations (./students.ts).

export const date = () => nullable(string({ format: "date-time" }));
export const named = () => nullable(object({ id: string(), name: string() }));

export const skills = array(object({ name: string(), level: integer({ minimum: 1, maximum: 5 }) }));
export const record = object({
  id: string(),
  institution: string(),
  degree: string(),
  field: nullable(string()),
  startDate: date(),
  endDate: date(),
  grade: nullable(string()),
});
export const preferences = object({
  fields: array({ type: "string", enum: [...OFFER_FIELDS] }),
  places: array(string()),
  remoteModes: array({ type: "string", enum: [...REMOTE_MODES] }),
  availableFrom: date(),
  availableTo: date(),
  minStipend: nullable(integer()),
  currency: string(),
});
const cv = object({
  documentId: string(),
  fileName: string(),
  size: integer(),
  sha256: string(),
  uploadedAt: string({ format: "date-time" }),
});
const PRIVATE = ["email", "phone", "studentNumber", "visibleToEnterprises", "preferences", "cv", "updatedAt"];
export const profile: JsonSchema = {
  ...object(
    {
      id: string(),
      name: string(),
      headline: nullable(string()),
      bio: nullable(string()),
      city: nullable(string()),
      fieldOfStudy: nullable({ type: "string", enum: [...OFFER_FIELDS] }),
      university: named(),
      program: nullable(object({ id: string(), name: string(), level: string() })),
      skills,
      academicRecords: array(record),
      email: string({ format: "email" }),
      phone: nullable(string()),
      studentNumber: nullable(string()),
      visibleToEnterprises: boolean(),
      preferences: nullable(preferences),
      cv: nullable(cv),
      updatedAt: string({ format: "date-time" }),
    },
    PRIVATE,
  ),
  description: `Enterprises get the public part only: never ${PRIVATE.join(", ")}.`,
};
export const offerCard = object({
  id: string(),
  title: string(),
  field: string(),
  city: string(),
  country: string(),
  remoteMode: { type: "string", enum: [...REMOTE_MODES] },
  durationWeeks: integer(),
  startFrom: date(),
  stipendAmount: nullable(integer()),
  stipendCurrency: string(),
  stipendPeriod: string(),
  deadline: date(),
  publishedAt: date(),
  enterprise: object({ id: string(), name: string() }),
});
export const reason = object({
  code: { type: "string", enum: Object.keys(WEIGHTS) },
  values: {
    type: "object",
    additionalProperties: { type: ["string", "integer"] },
    description: 'The facts behind the reason, e.g. `{ matched: 4, total: 5, names: "React, SQL" }` for `skills`.',
  },
});
