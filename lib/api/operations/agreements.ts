import {
  AGREEMENT_STATUSES,
  agreementContentSchema,
  agreementListSchema,
  circuitSchema,
  draftAgreementSchema,
  PARTIES,
  refuseSchema,
  remindAgreementsSchema,
  amendmentSchema,
  signSchema,
  pdfQuerySchema,
} from "@/lib/agreements/schemas";
import { array, boolean, integer, nullable, object, string, type ApiOperation, type JsonSchema } from "../operation";
import { date } from "./student-shapes";

const tags = ["agreements"];
const party = (): JsonSchema => ({ type: "string", enum: [...PARTIES] });
const unknown = { 404: { description: "No such agreement, or not one the caller may read." } };
const notAdmin = { 403: { description: "Not an admin of this university." } };

const step = object({
  order: integer({ minimum: 1 }),
  party: party(),
  signer: object({ name: nullable(string()), email: nullable(string()) }),
  status: { type: "string", enum: ["PENDING", "SIGNED", "REFUSED"] },
  deadline: date(),
  lastRemindedAt: date(),
  signedAt: date(),
  method: nullable({ type: "string", enum: ["PASSWORD", "EMAIL_CODE", "PAPER"] }),
  documentSha256: nullable(string()),
  refusalReason: nullable(string()),
});

const agreement = object({
  id: string(),
  status: { type: "string", enum: [...AGREEMENT_STATUSES] },
  applicationId: string(),
  startDate: string({ format: "date-time" }),
  endDate: string({ format: "date-time" }),
  weeklyHours: integer(),
  stipendAmount: nullable({ type: "number" }),
  stipendCurrency: string(),
  place: nullable(string()),
  tasks: nullable(string()),
  tutorName: nullable(string()),
  tutorEmail: nullable(string()),
  supervisorId: nullable(string()),
  insurance: nullable(string({ description: "The intern's civil-liability insurance: insurer and policy number." })),
  contentSha256: nullable(
    string({ description: "SHA-256 of the canonical JSON of the content frozen at submission." }),
  ),
  stipendWarning: nullable(
    object({ minimumMonthly: { type: "number" }, hourly: { type: "number" }, weeks: integer() }),
  ),
  waitingFor: nullable(object({ party: party(), since: date(), lastRemindedAt: date() })),
  steps: array(step),
  canEdit: boolean(),
  yourTurn: boolean(),
});

const amendment = object({
  id: string(),
  agreementId: string(),
  status: { type: "string", enum: ["PROPOSED", "APPROVED", "REJECTED"] },
  summary: string(),
  changes: array(object({ field: string(), before: {}, after: {} })),
  proposedBy: nullable(string()),
  createdAt: string({ format: "date-time" }),
  decidedAt: date(),
  contentSha256: nullable(string()),
  waitingFor: nullable(object({ party: party(), since: date(), lastRemindedAt: date() })),
  steps: array(
    object({
      order: integer({ minimum: 1 }),
      party: party(),
      signer: object({ name: nullable(string()), email: nullable(string()) }),
      status: { type: "string", enum: ["PENDING", "SIGNED", "REFUSED"] },
      signedAt: date(),
      method: nullable({ type: "string", enum: ["PASSWORD", "EMAIL_CODE", "PAPER"] }),
      documentSha256: nullable(string()),
      refusalReason: nullable(string()),
    }),
  ),
  yourTurn: boolean(),
});

const circuit = object({
  source: { type: "string", enum: ["department", "university", "default"] },
  steps: array(object({ party: party(), deadlineDays: integer({ minimum: 1 }) })),
  reminderAfterDays: integer({ minimum: 1 }),
});

/** The internship agreement (convention de stage) endpoints: circuit, draft, signing in turn. */
export const agreementsOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/universities/{id}/agreement-circuit",
    summary: "The signing circuit that applies",
    description:
      "The parties who sign, in order, with the days each has once it is their turn: the department's circuit (`departmentId` query), else the university's, else the default (student, enterprise signatory, tutor, academic supervisor, university validation; 7 days each).",
    tags,
    auth: true,
    responses: { 200: { description: "The circuit and where it comes from.", schema: circuit }, ...notAdmin },
  },
  {
    method: "PUT",
    path: "/universities/{id}/agreement-circuit",
    summary: "Set the signing circuit",
    description:
      "One or more parties, each at most once, in signing order. With `departmentId`, the department's circuit, which overrides the university's. Agreements already submitted keep theirs.",
    tags,
    auth: true,
    requestBody: circuitSchema,
    responses: { 200: { description: "The circuit saved.", schema: circuit }, ...notAdmin },
  },
  {
    method: "POST",
    path: "/universities/{id}/conventions",
    summary: "Draft the agreement of an accepted application",
    description:
      "For the student or an admin of their university. Pre-filled from the offer (dates, place, tasks, stipend as a monthly amount), the enterprise (its first tutor), the university (a supervisor of the student's department) and the circuit that applies.",
    tags,
    auth: true,
    requestBody: draftAgreementSchema,
    responses: {
      201: { description: "The draft agreement with its steps.", schema: agreement },
      403: { description: "Neither the student nor a university admin." },
      404: { description: "No such application of a student of this university the caller may act for." },
      409: { description: "The application is not accepted, or already has an agreement." },
    },
  },
  {
    method: "GET",
    path: "/universities/{id}/conventions",
    summary: "A university's agreements, where each waits",
    description:
      "Newest first; `status` and `waitingFor` (a party) filter; each item names the party it waits for and since how many days.",
    tags,
    auth: true,
    query: agreementListSchema,
    responses: {
      200: {
        description: "The agreements and the count per state.",
        schema: object({ items: array(object({ id: string(), status: string() })), counts: object({}) }),
      },
      ...notAdmin,
    },
  },
  {
    method: "GET",
    path: "/universities/{id}/conventions/export.csv",
    summary: "The same list as CSV",
    tags,
    auth: true,
    query: agreementListSchema,
    responses: { 200: { description: "text/csv, one line per agreement." }, ...notAdmin },
  },
  {
    method: "GET",
    path: "/agreements/to-sign",
    summary: "Agreements waiting for the caller's signature",
    tags,
    auth: true,
    responses: {
      200: {
        description: "Those whose current step the caller signs.",
        schema: object({ items: array(object({ id: string(), party: party(), deadline: date() })) }),
      },
    },
  },
  {
    method: "GET",
    path: "/agreements/{id}",
    summary: "Read an agreement",
    description: "For its student, enterprise, university, supervisor and signers.",
    tags,
    auth: true,
    responses: { 200: { description: "The agreement.", schema: agreement }, ...unknown },
  },
  {
    method: "PUT",
    path: "/agreements/{id}",
    summary: "Change an agreement's content",
    description:
      "For the student, the enterprise's admins and recruiters, and the university's admins. Only the fields sent change (`insurance`: the insurer and the policy number, e.g. « MAIF, contrat 1234567 »; a letter-only or digit-only text is refused with `insuranceInsurerAndPolicy`); each change is kept in the history (`/agreements/{id}/history`). A change while it is being signed voids every signature and sends it back to `DRAFT`.",
    tags,
    auth: true,
    requestBody: agreementContentSchema,
    responses: {
      200: { description: "The agreement after the change.", schema: agreement },
      ...unknown,
      409: { description: "Validated or cancelled: it can no longer change." },
    },
  },
  {
    method: "GET",
    path: "/agreements/{id}/history",
    summary: "The change history of an agreement",
    description: "Field by field (who, when, field, before, after), with submissions, signatures and refusals.",
    tags,
    auth: true,
    responses: {
      200: { description: "Newest first.", schema: array(object({ action: string(), at: string() })) },
      ...unknown,
    },
  },
  {
    method: "GET",
    path: "/agreements/{id}/pdf",
    summary: "The agreement as a PDF",
    description:
      "For its student, enterprise, university, supervisor and signers; an outside signer passes the `code` of their e-mailed link instead of signing in (valid only at their turn). A draft gives a preview marked as such; while it is being signed, the exact document every party signs, whose SHA-256 (header `x-content-sha256`) is the agreement's `contentSha256` and each signature's `documentSha256`; once validated, the signed PDF stored by the workflow (every signature with its time and method), its SHA-256 as recorded. The same agreement always gives the same bytes. With `signed` (a signature's `documentSha256`), the document that signature signed, as stored when the agreement was submitted (404 when no stored submission has that hash).",
    tags,
    auth: true,
    query: pdfQuerySchema,
    responses: {
      200: { description: "application/pdf." },
      400: { description: "The `code` is unknown, used or expired, or `signed` is not a SHA-256." },
      401: { description: "Neither a session nor a `code`." },
      ...unknown,
    },
  },
  {
    method: "POST",
    path: "/agreements/{id}/submit",
    summary: "Submit a draft for signature",
    description:
      "Freezes the content (its SHA-256 is recorded), copies the circuit with each signer resolved, and asks the first party. In France an internship of more than 8 weeks must pay at least 4.35 € per hour of presence (Code de l'éducation L124-6, D124-8): below it, 409 with `rule: FR_MINIMUM_STIPEND` and `minimumMonthly`.",
    tags,
    auth: true,
    responses: {
      200: { description: "The agreement, `SIGNING`.", schema: agreement },
      ...unknown,
      409: { description: "Not a draft, a party without a signer, or the minimum-stipend rule." },
    },
  },
  {
    method: "POST",
    path: "/agreements/{id}/sign",
    summary: "Sign at one's turn",
    description:
      "An account holder re-enters their `password`; an outside signer (no account) sends the `code` of their e-mailed link, single-use and valid 48 hours (no sign-in needed). `typedName` and `consent: true` are required. The step records when, the IP, the method and the SHA-256 of the content signed. `documentSha256` (optional, the form sends it) is the SHA-256 of the document the signer read (the agreement's `contentSha256` when they opened it): if it changed since, 409 « The document has changed since you opened it; read it again » with the current `contentSha256`. The last signature validates the agreement (`convention.signed`) and creates the internship (`internship.started`).",
    tags,
    auth: false,
    requestBody: signSchema,
    responses: {
      200: {
        description: "Signed.",
        schema: object({ status: string(), signedOrder: integer(), internshipId: nullable(string()) }),
      },
      403: { description: "Wrong password (nothing changes), or the caller signs no step." },
      ...unknown,
      409: {
        description:
          "Not this party's turn (`waitingFor` names whose it is), not being signed, or `documentSha256` is not the current document's.",
      },
    },
  },
  {
    method: "POST",
    path: "/agreements/{id}/refuse",
    summary: "Refuse at one's turn",
    description:
      "With a `reason` (and the `code` for outside signers): the agreement goes back to `DRAFT`, every signature is void, and everyone is told.",
    tags,
    auth: false,
    requestBody: refuseSchema,
    responses: {
      200: { description: "Refused.", schema: object({ status: string(), refusedOrder: integer() }) },
      403: { description: "The caller signs no step." },
      ...unknown,
      409: { description: "Not this party's turn, or not being signed." },
    },
  },
  {
    method: "GET",
    path: "/agreements/{id}/amendments",
    summary: "The amendments of an agreement",
    description:
      "Newest first, each with its field-by-field diff against the agreement as signed (`changes`: field, before, after), its signatures in circuit order and whose turn it is. For the agreement's parties.",
    tags,
    auth: true,
    responses: {
      200: { description: "Newest first.", schema: array(amendment) },
      ...unknown,
    },
  },
  {
    method: "POST",
    path: "/agreements/{id}/amendments",
    summary: "Propose an amendment to a validated agreement",
    description:
      "For a party of the agreement (student, enterprise member or tutor, supervisor, university staff). Send only the fields that change (`startDate`, `endDate`, `place`, `tutorName`, `tutorEmail`, `supervisorId`, `stipendAmount`), or `earlyEndOn` with a `reason` to end the internship early. The agreement's signatories then sign it in the circuit's order (`amendment.turn`); once all have signed, the changes apply to the agreement and the internship (an early end terminates it with the reason). One amendment at a time.",
    tags,
    auth: true,
    requestBody: amendmentSchema,
    responses: {
      201: { description: "Proposed; the first signatory is asked.", schema: amendment },
      400: {
        description:
          "Nothing changes, an early end outside the internship's dates or with other changes, or a bad field.",
      },
      ...unknown,
      409: {
        description:
          "The agreement is not validated, an amendment is already being signed, or the internship is not running.",
      },
    },
  },
  {
    method: "POST",
    path: "/agreements/{id}/amendments/{amendmentId}/sign",
    summary: "Sign an amendment at one's turn",
    description:
      "As `/agreements/{id}/sign`: the `password` (account holders) or the e-mailed `code` (outside signers), `typedName` and `consent: true`, and `documentSha256`, the amendment's `contentSha256` as read (409 if it is not the current one). The last signature applies the amendment (`amendment.signed`).",
    tags,
    auth: false,
    requestBody: signSchema,
    responses: {
      200: { description: "Signed.", schema: object({ status: string(), signedOrder: integer() }) },
      403: { description: "Wrong password (nothing changes), or the caller signs no step." },
      404: { description: "No such amendment, or not one the caller may read." },
      409: { description: "Not this party's turn (`waitingFor` names whose it is), or no longer open." },
    },
  },
  {
    method: "POST",
    path: "/agreements/{id}/amendments/{amendmentId}/refuse",
    summary: "Refuse an amendment at one's turn",
    description:
      "With a `reason` (and the `code` for outside signers): the amendment is rejected, the agreement stays as signed, and the proposer and signers are told.",
    tags,
    auth: false,
    requestBody: refuseSchema,
    responses: {
      200: { description: "Refused.", schema: object({ status: string(), refusedOrder: integer() }) },
      403: { description: "The caller signs no step." },
      404: { description: "No such amendment, or not one the caller may read." },
      409: { description: "Not this party's turn, or no longer open." },
    },
  },
  {
    method: "POST",
    path: "/universities/{id}/conventions/reminders",
    summary: "Remind the parties awaited, for the agreements selected",
    description:
      "For the university's admins. Each agreement being signed reminds the party it waits for (an outside signer gets a fresh single-use link), unless one of its parties was already reminded today (UTC): it is then listed in `skipped` with the reason (`remindedToday`, `notSigning`, `notAsked`, `notFound`).",
    tags,
    auth: true,
    requestBody: remindAgreementsSchema,
    responses: {
      200: {
        description: "Which were reminded and which were skipped.",
        schema: object({ reminded: array(string()), skipped: array(object({ id: string(), reason: string() })) }),
      },
      ...notAdmin,
    },
  },
];
