import { ACTORS, HOME, OTHER_SIDE, type ActorName, type Side } from "./actors";
import {
  apiLoginOf,
  applicationOf,
  bookingOf,
  memberOf,
  notificationOf,
  offerOf,
  pendingVerificationOf,
  recordOf,
  savedSearchOf,
  shortlistedSlotOf,
  slotOf,
  type SideRows,
  type World,
} from "./world";

/**
 * What an operation acts on. "none": nobody's (public lists, sign-in); "self": the caller's own
 * account or enterprise, named by the session rather than by an id. The others name a row of one
 * side; "fresh…" ones are created for each call, since an allowed call uses them up.
 */
export type TargetKind =
  | "none"
  | "self"
  | "student"
  | "freshRecord"
  | "favourite"
  | "cv"
  | "enterprise"
  | "pendingVerification"
  | "freshMember"
  | "draftOffer"
  | "freshDraft"
  | "freshPublished"
  | "savedSearch"
  | "freshSavedSearch"
  | "university"
  | "freshSession"
  | "application"
  | "freshDraftApplication"
  | "freshSentApplication"
  | "user"
  | "freshNotification"
  | "freshSlot"
  | "freshShortlistedSlot"
  | "freshBooking"
  | "freshPastBooking";

/** Named values of a target: path parameters and action inputs pick what they need. */
export type Target = Record<string, string>;

type Resolver = {
  sides: Side[];
  resolve: (world: World, side: Side, cell: Cell) => Promise<Target>;
  /** A user's own row rather than a side's: every signed-in actor has one. */
  perUser?: boolean;
};

const BOTH: Side[] = ["A", "B"];
const ALL: Side[] = ["A", "B", "C"];
const full = (world: World, side: Side) => world[side] as SideRows;

const RESOLVERS: Record<Exclude<TargetKind, "none" | "self">, Resolver> = {
  student: { sides: BOTH, resolve: async (w, s) => ({ id: full(w, s).studentId, studentId: full(w, s).studentId }) },
  freshRecord: {
    sides: BOTH,
    resolve: async (w, s) => ({ id: full(w, s).studentId, recordId: await recordOf(full(w, s).studentId) }),
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
  savedSearch: { sides: BOTH, resolve: async (w, s) => ({ id: full(w, s).savedSearchId }) },
  freshSavedSearch: { sides: BOTH, resolve: async (w, s) => ({ id: await savedSearchOf(full(w, s).studentId) }) },
  university: { sides: BOTH, resolve: async (w, s) => ({ universityId: full(w, s).universityId }) },
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
