import { field, invalid } from "@/lib/core/errors";
import type { SearchSort } from "./search-schema";

/** Where a page ended, in the order of its sort: the next page starts strictly after this row. */
export type SearchPosition =
  | { sort: "relevance"; rank: number; publishedAt: string; id: string }
  | { sort: "newest"; publishedAt: string; id: string }
  | { sort: "deadline"; deadline: string | null; id: string };

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The opaque cursor of a position: base64url JSON. */
export function encodeCursor(position: SearchPosition): string {
  const keys =
    position.sort === "relevance"
      ? [position.rank, position.publishedAt, position.id]
      : position.sort === "newest"
        ? [position.publishedAt, position.id]
        : [position.deadline, position.id];
  return Buffer.from(JSON.stringify({ s: position.sort, k: keys })).toString("base64url");
}

/**
 * Reads a cursor back. A cursor that was tampered with, or made for another sort, is a
 * validation error on `cursor` (a 400), never a failed query.
 */
export function decodeCursor(cursor: string, sort: SearchSort): SearchPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalid({ cursor: field("invalidCursor") });
  }
  const { s, k } = (parsed ?? {}) as { s?: unknown; k?: unknown };
  const keys = Array.isArray(k) ? k : [];
  const id = keys.at(-1);
  const isDate = (v: unknown): v is string => typeof v === "string" && ISO.test(v) && !Number.isNaN(Date.parse(v));
  const validId = typeof id === "string" && id.length > 0 && id.length <= 64;
  if (s === sort && validId) {
    if (sort === "relevance" && keys.length === 3 && Number.isFinite(keys[0]) && isDate(keys[1])) {
      return { sort, rank: keys[0] as number, publishedAt: keys[1], id };
    }
    if (sort === "newest" && keys.length === 2 && isDate(keys[0])) return { sort, publishedAt: keys[0], id };
    if (sort === "deadline" && keys.length === 2 && (keys[0] === null || isDate(keys[0]))) {
      return { sort, deadline: keys[0] as string | null, id };
    }
  }
  throw invalid({ cursor: field("invalidCursor") });
}
