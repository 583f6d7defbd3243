import {
  ENTERPRISE_SIZES,
  enterpriseListSchema,
  enterpriseOffersSchema,
  enterpriseProfileSchema,
  verificationDecisionSchema,
} from "@/lib/enterprises/schemas";
import { pageSchema } from "@/lib/core/pagination";
import { array, integer, listOf, nullable, object, string, type ApiOperation, type JsonSchema } from "../operation";

const tags = ["enterprises"];
const date = () => nullable(string({ format: "date-time" }));
const STATUSES = ["UNVERIFIED", "PENDING", "VERIFIED", "REJECTED"];

const location = object({
  city: string(),
  country: string({ description: "ISO 3166-1 alpha-2" }),
  address: nullable(string()),
});
const certification = object({ name: string(), issuer: nullable(string()), year: nullable(integer()) });
const contact = object({
  name: string(),
  email: string({ format: "email" }),
  phone: nullable(string()),
  position: nullable(string()),
});
const size = nullable({ type: "string", enum: [...ENTERPRISE_SIZES] });

const profile: JsonSchema = object(
  {
    id: string(),
    name: string(),
    slug: string(),
    sector: nullable(string()),
    size,
    description: nullable(string()),
    website: nullable(string()),
    logoUrl: nullable(string({ description: "Relative URL of the logo's download." })),
    verificationStatus: { type: "string", enum: STATUSES },
    verifiedAt: date(),
    locations: array(location),
    certifications: array(certification),
    offers: array(
      object({
        id: string(),
        title: string(),
        city: string(),
        country: string(),
        remoteMode: string(),
        durationWeeks: integer(),
        field: string(),
        publishedAt: date(),
        deadline: date(),
      }),
    ),
    registrationNumber: nullable(string()),
    applicationEmail: nullable(string({ format: "email" })),
    contacts: array(contact),
  },
  ["registrationNumber", "applicationEmail", "contacts"],
);

const editable: JsonSchema = object({
  id: string(),
  name: string(),
  slug: string(),
  sector: nullable(string()),
  size,
  description: nullable(string()),
  website: nullable(string()),
  applicationEmail: string({ format: "email" }),
  locations: array(location),
  contacts: array(contact),
  certifications: array(certification),
});

/** The enterprises endpoints of /api/v1 (docs/product.md, "API"). */
export const enterprisesOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/enterprises",
    summary: "List verified enterprises",
    description: "The public directory, by name; `q` matches part of the name or sector.",
    tags,
    auth: false,
    query: enterpriseListSchema,
    responses: {
      200: {
        description: "A page of enterprises.",
        schema: listOf(
          object({
            id: string(),
            name: string(),
            slug: string(),
            sector: nullable(string()),
            size,
            website: nullable(string()),
            logoUrl: nullable(string()),
            verifiedAt: date(),
            locations: array(object({ city: string(), country: string() })),
            openOffers: integer({ description: "Offers open to applications." }),
          }),
        ),
      },
    },
  },
  {
    method: "GET",
    path: "/enterprises/{id}",
    summary: "An enterprise's profile and its open offers",
    description:
      "`id` is the id or the slug. Verified enterprises are public. Their own members and system admins also get unverified ones, " +
      "and the internal fields (contacts, application e-mail, registration number).",
    tags,
    auth: false,
    responses: {
      200: { description: "The enterprise.", schema: profile },
      404: { description: "No such enterprise, or not visible to the caller." },
    },
  },
  {
    method: "PUT",
    path: "/enterprises/{id}",
    summary: "Update your enterprise's profile",
    description:
      "Admins of the enterprise only. `locations`, `contacts` and `certifications` replace the stored lists.",
    tags,
    auth: true,
    requestBody: enterpriseProfileSchema,
    responses: {
      200: { description: "The profile after the change.", schema: editable },
      403: { description: "Recruiters and tutors cannot change the enterprise's settings." },
      404: { description: "Not your enterprise." },
    },
  },
  {
    method: "POST",
    path: "/enterprises/{id}/verify",
    summary: "Decide an enterprise's pending verification",
    description: "System admins only. `reason` is required to reject and is e-mailed to the enterprise's admins.",
    tags,
    auth: true,
    requestBody: verificationDecisionSchema,
    responses: {
      200: {
        description: "The decision was recorded.",
        schema: object({
          enterpriseId: string(),
          verificationId: string(),
          status: { type: "string", enum: ["VERIFIED", "REJECTED"] },
          decidedAt: string({ format: "date-time" }),
        }),
      },
      403: { description: "Only system admins decide." },
      404: { description: "No such enterprise." },
      409: { description: "No request is waiting for a decision." },
    },
  },
  {
    method: "GET",
    path: "/enterprises/{id}/offers",
    summary: "An enterprise's offers",
    description:
      "Everyone gets the offers open to applications; the enterprise's members and system admins get every status (filter with `status`).",
    tags,
    auth: false,
    query: enterpriseOffersSchema,
    responses: {
      200: {
        description: "A page of offers, newest first.",
        schema: listOf(
          object({
            id: string(),
            title: string(),
            status: string(),
            field: string(),
            city: string(),
            country: string(),
            remoteMode: string(),
            durationWeeks: integer(),
            deadline: date(),
            publishedAt: date(),
            createdAt: string({ format: "date-time" }),
          }),
        ),
      },
      404: { description: "No such enterprise, or not visible to the caller." },
    },
  },
  {
    method: "GET",
    path: "/enterprises/{id}/interns",
    summary: "Your enterprise's interns",
    description: "Members of the enterprise and system admins only; latest start first.",
    tags,
    auth: true,
    query: pageSchema,
    responses: {
      200: {
        description: "A page of internships.",
        schema: listOf(
          object({
            id: string(),
            status: string(),
            startDate: string({ format: "date-time" }),
            endDate: string({ format: "date-time" }),
            student: object({ id: string(), user: object({ name: string(), email: string() }) }),
            offer: nullable(object({ id: string(), title: string() })),
            tutor: nullable(object({ id: string(), user: object({ name: string() }) })),
            university: object({ id: string(), name: string() }),
          }),
        ),
      },
      403: { description: "Not an enterprise member." },
      404: { description: "Not your enterprise." },
    },
  },
];
