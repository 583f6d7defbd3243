import { getCalendarFeed } from "@/lib/calendar/get-calendar-feed";
import { renewCalendarFeed } from "@/lib/calendar/renew-calendar-feed";
import { db } from "@/lib/core/db";
import { fileStorage } from "@/lib/core/storage";
import { loadActor } from "@/lib/identity/actor";
import { ACTORS, HOME, OTHER_SIDE, type ActorName, type Side } from "./actors";
import { amendmentOf, validatedAgreementOf } from "./agreement-rows";
import { certificateOf, completedInternshipOf } from "./certificate-rows";
import {
  activeInternshipOf,
  activityOf,
  assignmentOf,
  internshipOf,
  openIssueOf,
  pendingInternshipDocumentOf,
  pendingReportOf,
  proposedVisitOf,
  scheduledVisitOf,
  upcomingVisitOf,
} from "./internship-rows";
import { importedOfferOf, importRunOf, importSourceOf } from "./import-rows";
import { proposalOf } from "./profile-import-rows";
import {
  acceptedApplicationOf,
  agreementOf,
  apiLoginOf,
  applicationOf,
  bookingOf,
  filledOfferOf,
  memberOf,
  notificationOf,
  offerOf,
  pendingVerificationOf,
  rejectionTemplateOf,
  recordOf,
  experienceOf,
  languageOf,
  savedSearchOf,
  shortlistedSlotOf,
  slotOf,
  type SideRows,
  type World,
  throwawayUser,
} from "./world";

/**
 * What an operation acts on. "none": nobody's (public lists, sign-in); "self": the caller's own
 * account or enterprise, named by the session rather than by an id. The others name a row of one
 * side; "fresh…" ones are created for each call, since an allowed call uses them up.
 */
export type TargetKind =
  | "none"
  | "freshUser"
  | "freshDisabledUser"
  | "freshUnconfirmedUser"
  | "self"
  | "student"
  | "freshRecord"
  | "freshExperience"
  | "freshLanguage"
  | "favourite"
  | "cv"
  | "enterprise"
  | "pendingVerification"
  | "freshMember"
  | "draftOffer"
  | "freshDraft"
  | "freshPublished"
  | "freshImportedOffer"
  | "savedSearch"
  | "freshSavedSearch"
  | "university"
  | "freshSession"
  | "application"
  | "freshDraftApplication"
  | "freshSentApplication"
  | "user"
  | "freshNotification"
  | "freshConversation"
  | "freshSlot"
  | "freshShortlistedSlot"
  | "freshBooking"
  | "freshPastBooking"
  | "freshFilledOffer"
  | "freshRejectionTemplate"
  | "freshAcceptedApplication"
  | "freshAgreement"
  | "freshSigningAgreement"
  | "freshValidatedAgreement"
  | "freshAmendment"
  | "internship"
  | "freshInternship"
  | "freshActivity"
  | "freshIssue"
  | "freshProposedVisit"
  | "freshScheduledVisit"
  | "freshUpcomingVisit"
  | "freshAssignment"
  | "freshReport"
  | "freshInternshipDocument"
  | "freshCompletedInternship"
  | "freshCertificate"
  | "freshRevokedCertificate"
  | "evaluationForm"
  | "freshImportSource"
  | "freshImportRun"
  | "freshCalendarFeed"
  | "freshProposal"
  | "freshExport";

/** Named values of a target: path parameters and action inputs pick what they need. */
export type Target = Record<string, string>;

type Resolver = {
  sides: Side[];
  resolve: (world: World, side: Side, cell: Cell) => Promise<Target>;
  /** A user's own row rather than a side's: every signed-in actor has one. */
  perUser?: boolean;
};

/** A ready export of `userId`'s, its file stored as the workflow would have. */
async function readyExportOf(userId: string): Promise<string> {
  const { storageKey } = await fileStorage().put({
    bytes: new TextEncoder().encode("When\r\n"),
    fileName: "audit.csv",
    contentType: "text/csv; charset=utf-8",
  });
  const job = await db.exportJob.create({
    data: {
      requestedById: userId,
      kind: "AUDIT_LOG",
      format: "CSV",
      filters: {},
      locale: "fr",
      status: "READY",
      rowsTotal: 0,
      fileName: "audit.csv",
      storageKey,
      completedAt: new Date(),
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  return job.id;
}

const BOTH: Side[] = ["A", "B"];
const ALL: Side[] = ["A", "B", "C"];
const full = (world: World, side: Side) => world[side] as SideRows;

/** A throwaway account for a system admin's actions on users (an allowed call uses it up). */
const spareUser = async (data: { disabledAt?: Date; emailVerified?: null }) => {
  const user = await throwawayUser();
  await db.user.update({ where: { id: user.id }, data });
  return { id: user.id };
};

const RESOLVERS: Record<Exclude<TargetKind, "none" | "self">, Resolver> = {
  freshUser: { sides: ALL, resolve: () => spareUser({}) },
  freshDisabledUser: { sides: ALL, resolve: () => spareUser({ disabledAt: new Date() }) },
  freshUnconfirmedUser: { sides: ALL, resolve: () => spareUser({ emailVerified: null }) },
  student: { sides: BOTH, resolve: async (w, s) => ({ id: full(w, s).studentId, studentId: full(w, s).studentId }) },
  freshRecord: {
    sides: BOTH,
    resolve: async (w, s) => ({ id: full(w, s).studentId, recordId: await recordOf(full(w, s).studentId) }),
  },
  freshExperience: {
    sides: BOTH,
    resolve: async (w, s) => ({ id: full(w, s).studentId, experienceId: await experienceOf(full(w, s).studentId) }),
  },
  freshLanguage: {
    sides: BOTH,
    resolve: async (w, s) => ({
      id: full(w, s).studentId,
      language: await languageOf(full(w, s).studentId, s === "A" ? "de" : "it"),
    }),
  },
  favourite: {
    sides: BOTH,
    resolve: async (w, s) => ({ id: full(w, s).studentId, offerId: full(w, s).publishedOfferId }),
  },
  cv: { sides: BOTH, resolve: async (w, s) => ({ id: full(w, s).cvDocumentId }) },
  enterprise: { sides: ALL, resolve: async (w, s) => ({ id: w[s].enterpriseId, name: w[s].enterpriseName }) },
  pendingVerification: {
    sides: ALL,
    resolve: async (w, s) => {
      await pendingVerificationOf(w[s].enterpriseId);
      return { id: w[s].enterpriseId };
    },
  },
  freshMember: { sides: ALL, resolve: async (w, s) => ({ memberId: await memberOf(w[s].enterpriseId) }) },
  draftOffer: { sides: ALL, resolve: async (w, s) => ({ id: w[s].draftOfferId, offerId: w[s].draftOfferId }) },
  freshDraft: { sides: ALL, resolve: async (w, s) => ({ id: await offerOf(w[s].enterpriseId) }) },
  freshPublished: { sides: BOTH, resolve: async (w, s) => ({ id: await offerOf(w[s].enterpriseId, "PUBLISHED") }) },
  // An offer imported under an unverified, memberless enterprise named as the side's (its admin may claim it).
  freshImportedOffer: { sides: BOTH, resolve: async (w, s) => ({ id: await importedOfferOf(w[s].enterpriseName) }) },
  savedSearch: { sides: BOTH, resolve: async (w, s) => ({ id: full(w, s).savedSearchId }) },
  freshSavedSearch: { sides: BOTH, resolve: async (w, s) => ({ id: await savedSearchOf(full(w, s).studentId) }) },
  university: {
    sides: BOTH,
    resolve: async (w, s) => ({ id: full(w, s).universityId, universityId: full(w, s).universityId }),
  },
  // Per user: the caller's own, or the other side's student's.
  freshSession: {
    sides: ALL,
    perUser: true,
    resolve: async (w, s, cell) => ({ id: await apiLoginOf(userOf(w, s, cell)) }),
  },
  user: { sides: ALL, perUser: true, resolve: async (w, s, cell) => ({ userId: userOf(w, s, cell) }) },
  freshNotification: {
    sides: ALL,
    perUser: true,
    resolve: async (w, s, cell) => ({ id: await notificationOf(userOf(w, s, cell)) }),
  },
  // A ready background export (its file stored) of the caller's own, or the other side's student's.
  freshExport: {
    sides: ALL,
    perUser: true,
    resolve: async (w, s, cell) => ({ id: await readyExportOf(userOf(w, s, cell)) }),
  },
  // An assistant conversation of the caller's own (or the other side's student's).
  freshConversation: {
    sides: ALL,
    perUser: true,
    resolve: async (w, s, cell) => ({
      id: (await db.assistantConversation.create({ data: { userId: userOf(w, s, cell), title: "Mes candidatures" } }))
        .id,
    }),
  },
  // The side's student's application to the side's enterprise.
  application: { sides: BOTH, resolve: async (w, s) => ({ id: full(w, s).applicationId }) },
  freshDraftApplication: {
    sides: BOTH,
    resolve: async (w, s) => applicationOf(full(w, s).studentId, w[s].enterpriseId, "DRAFT"),
  },
  freshSentApplication: {
    sides: BOTH,
    resolve: async (w, s) => applicationOf(full(w, s).studentId, w[s].enterpriseId, "SUBMITTED"),
  },
  // Interviews: a slot of the side's enterprise; one its student, shortlisted, may book; their booking.
  freshSlot: { sides: ALL, resolve: async (w, s) => ({ id: await slotOf(w[s].draftOfferId) }) },
  freshShortlistedSlot: {
    sides: BOTH,
    resolve: async (w, s) => shortlistedSlotOf(full(w, s).studentId, w[s].enterpriseId),
  },
  freshBooking: {
    sides: BOTH,
    resolve: async (w, s) => ({ id: await bookingOf(full(w, s).studentId, w[s].enterpriseId) }),
  },
  freshPastBooking: {
    sides: BOTH,
    resolve: async (w, s) => ({ id: await bookingOf(full(w, s).studentId, w[s].enterpriseId, true) }),
  },
  // A published offer of the side's enterprise whose only position the side's student has taken.
  freshFilledOffer: {
    sides: BOTH,
    resolve: async (w, s) => ({ id: await filledOfferOf(full(w, s).studentId, w[s].enterpriseId) }),
  },
  // A rejection message template of the side's enterprise.
  freshRejectionTemplate: {
    sides: ALL,
    resolve: async (w, s) => ({ id: await rejectionTemplateOf(w[s].enterpriseId) }),
  },
  // Agreements: a new accepted application of the side's student (with its university), a draft
  // agreement, and one submitted that waits for the student's signature.
  freshAcceptedApplication: {
    sides: BOTH,
    resolve: async (w, s) => ({
      id: full(w, s).universityId,
      applicationId: await acceptedApplicationOf(full(w, s).studentId, w[s].enterpriseId),
    }),
  },
  freshAgreement: { sides: BOTH, resolve: async (w, s) => ({ id: await agreementOf(full(w, s), "DRAFT") }) },
  freshSigningAgreement: { sides: BOTH, resolve: async (w, s) => ({ id: await agreementOf(full(w, s), "SIGNING") }) },
  // A validated agreement (amendments are proposed on it), and one with an amendment awaiting the student.
  freshValidatedAgreement: { sides: BOTH, resolve: async (w, s) => ({ id: await validatedAgreementOf(full(w, s)) }) },
  freshAmendment: { sides: BOTH, resolve: async (w, s) => amendmentOf(full(w, s)) },
  // Internships: the side's own (planned), and fresh ones under way, with a logbook week or an open issue.
  internship: { sides: BOTH, resolve: async (w, s) => ({ id: (await internshipOf(full(w, s))).id }) },
  freshInternship: { sides: BOTH, resolve: async (w, s) => ({ id: await activeInternshipOf(full(w, s)) }) },
  freshActivity: { sides: BOTH, resolve: async (w, s) => activityOf(full(w, s)) },
  freshIssue: { sides: BOTH, resolve: async (w, s) => openIssueOf(full(w, s)) },
  // Visits: dates offered by the side's supervisor; a visit scheduled yesterday; an internship to assign.
  freshProposedVisit: { sides: BOTH, resolve: async (w, s) => proposedVisitOf(full(w, s)) },
  freshScheduledVisit: { sides: BOTH, resolve: async (w, s) => scheduledVisitOf(full(w, s)) },
  freshUpcomingVisit: { sides: BOTH, resolve: async (w, s) => upcomingVisitOf(full(w, s)) },
  freshAssignment: { sides: BOTH, resolve: async (w, s) => assignmentOf(full(w, s)) },
  // Evaluations: a fresh internship under way with its final report pending review; a university's form of one kind.
  freshReport: { sides: BOTH, resolve: async (w, s) => pendingReportOf(full(w, s)) },
  // Documents: a pending insurance certificate of a fresh internship under way.
  freshInternshipDocument: { sides: BOTH, resolve: async (w, s) => pendingInternshipDocumentOf(full(w, s)) },
  // Certificates: a fresh completed internship of the side, and one with its certificate (valid or revoked).
  freshCompletedInternship: { sides: BOTH, resolve: async (w, s) => ({ id: await completedInternshipOf(full(w, s)) }) },
  freshCertificate: { sides: BOTH, resolve: async (w, s) => certificateOf(full(w, s)) },
  freshRevokedCertificate: { sides: BOTH, resolve: async (w, s) => certificateOf(full(w, s), true) },
  evaluationForm: {
    sides: BOTH,
    resolve: async (w, s) => ({
      id: full(w, s).universityId,
      universityId: full(w, s).universityId,
      kind: "TUTOR_FINAL",
    }),
  },
  // Offer imports: a source of the side's enterprise (its careers page), and a finished run of one.
  freshImportSource: { sides: ALL, resolve: async (w, s) => ({ id: await importSourceOf(w[s].enterpriseId) }) },
  freshImportRun: { sides: ALL, resolve: async (w, s) => ({ id: await importRunOf(w[s].enterpriseId) }) },
  // A student's reading of their CV with one pending proposal (its import is `importId`).
  freshProposal: {
    sides: BOTH,
    resolve: async (w, s) => ({ id: full(w, s).studentId, ...(await proposalOf(full(w, s).studentId)) }),
  },
  // A calendar subscription's token (with .ics, as handed out): the caller's own, or the other side's student's.
  freshCalendarFeed: {
    sides: ALL,
    perUser: true,
    resolve: async (w, s, cell) => {
      // The user's current token (made once): a renewal would turn tokens handed to earlier cells into 404s.
      const actor = await loadActor(userOf(w, s, cell));
      const feed = (await getCalendarFeed(actor)) ?? (await renewCalendarFeed(actor));
      return { token: feed.url.split("/").pop()! };
    },
  },
};

/** The caller's own user for an "own" cell, else the other side's student. */
const userOf = (world: World, side: Side, cell: Cell) =>
  cell.scope === "own" && cell.actor !== "anonymous" ? world.users[cell.actor].id : full(world, side).studentUserId;

export type Scope = "own" | "other" | "any";
export type Cell = { actor: ActorName; scope: Scope; side: Side | null };

/**
 * The cells of one operation: every actor on its own row (when its side has one) and on another
 * side's; one cell per actor when the target is nobody's or the caller's own account.
 */
export function cellsOf(kind: TargetKind): Cell[] {
  return ACTORS.flatMap((actor): Cell[] => {
    if (kind === "none") return [{ actor, scope: "any", side: null }];
    if (kind === "self") return [{ actor, scope: "own", side: HOME[actor] }];
    const home = HOME[actor];
    const resolver = RESOLVERS[kind];
    const hasOwn = resolver.perUser ? actor !== "anonymous" : home !== null && resolver.sides.includes(home);
    const own: Cell[] = hasOwn ? [{ actor, scope: "own", side: home }] : [];
    return [...own, { actor, scope: "other", side: OTHER_SIDE(home) }];
  });
}

export async function resolveTarget(kind: TargetKind, world: World, cell: Cell): Promise<Target> {
  if (kind === "none" || kind === "self") return {};
  return RESOLVERS[kind].resolve(world, cell.side ?? "A", cell);
}

/** Whether a kind's row is made for the caller (its resolver reads the cell), not only for the side. */
export const madeForCaller = (kind: TargetKind) =>
  kind !== "none" && kind !== "self" && (RESOLVERS[kind].perUser === true || RESOLVERS[kind].resolve.length > 2);

/** Who is refused how: by actor, or by actor on one scope ("student:own"). */
export type RefusalKey = ActorName | `${ActorName}:${Exclude<Scope, "any">}`;
type Rule<T> = {
  allowed?: readonly ActorName[];
  own?: readonly ActorName[];
  other?: readonly ActorName[];
  refused?: T | ({ default: T } & Partial<Record<RefusalKey, T>>);
};
export type Expected<T> = { allowed: true } | { allowed: false; refusal: T | undefined };

/** What a rule of the matrix says of one cell. */
export function expectation<T>(rule: Rule<T>, cell: Cell): Expected<T> {
  const allowed = cell.scope === "any" ? rule.allowed : cell.scope === "own" ? rule.own : rule.other;
  if (allowed?.includes(cell.actor)) return { allowed: true };
  const refused = rule.refused;
  if (refused !== null && typeof refused === "object" && "default" in refused) {
    const scoped = cell.scope === "any" ? undefined : refused[`${cell.actor}:${cell.scope}`];
    return { allowed: false, refusal: scoped ?? refused[cell.actor] ?? refused.default };
  }
  return { allowed: false, refusal: refused as T | undefined };
}

export const describeCell = (cell: Cell) =>
  `${cell.actor} on ${cell.scope === "any" ? "—" : `${cell.scope} (side ${cell.side})`}`;
