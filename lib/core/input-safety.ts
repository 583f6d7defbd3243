import { AppError, field } from "./errors";

const MAX_DEPTH = 32;

/**
 * Refuses input no use case can want and the database or a validator would choke on: a NUL
 * character in any text or key (PostgreSQL cannot store it) and nesting deeper than any of our
 * shapes. Walked with an explicit stack, so hostile nesting cannot exhaust the call stack.
 */
export function assertSafeInput(input: unknown): void {
  const stack: { value: unknown; depth: number }[] = [{ value: input, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (typeof value === "string") {
      if (value.includes("\u0000"))
        throw new AppError("VALIDATION", "nulCharacter", { fieldErrors: { _: field("nulCharacter") } });
      // A lone surrogate is no character at all, and the database driver refuses it.
      if (!value.isWellFormed())
        throw new AppError("VALIDATION", "malformedText", { fieldErrors: { _: field("malformedText") } });
      continue;
    }
    if (value instanceof File) {
      stack.push({ value: value.name, depth });
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    if (depth >= MAX_DEPTH) throw new AppError("VALIDATION", "tooDeep", { fieldErrors: { _: field("tooDeep") } });
    const entries = value instanceof FormData ? [...value.entries()] : Object.entries(value);
    for (const [key, item] of entries) {
      stack.push({ value: key, depth: depth + 1 }, { value: item, depth: depth + 1 });
    }
  }
}

/** Path parameters are ids and slugs: a very long one, or one with control characters, names nothing. */
export const isPlausibleParam = (value: string) => value.length <= 128 && !/[\u0000-\u001f\u007f]/.test(value);

/** A row id as the platform makes them (cuids, UUIDs): anything else names no row and never reaches SQL. */
export const isPlausibleId = (id: unknown): id is string => typeof id === "string" && /^[\w-]{1,100}$/.test(id);

export function assertPlausibleParams(params: Record<string, unknown>): void {
  for (const value of Object.values(params)) {
    if (typeof value === "string" && !isPlausibleParam(value)) throw new AppError("NOT_FOUND", "notFound");
  }
}

/** What a server action takes: an id, a multipart form, a plain object, or anything (it ignores or coerces it). */
export type InputKind = "id" | "form" | "object" | "any";

/**
 * Actions are public endpoints that anyone can post any argument to: one of the wrong shape is
 * refused here rather than reaching a domain function typed for another (an undefined id would
 * even lift a Prisma filter).
 */
export function assertInputKind(input: unknown, kind: InputKind): void {
  const fits =
    kind === "any" ||
    (kind === "id" && typeof input === "string" && input.length > 0 && input.length <= 128) ||
    (kind === "form" && input instanceof FormData) ||
    (kind === "object" &&
      typeof input === "object" &&
      input !== null &&
      !Array.isArray(input) &&
      !(input instanceof FormData));
  if (!fits) throw new AppError("VALIDATION", "wrongType", { fieldErrors: { _: field("wrongType") } });
}
