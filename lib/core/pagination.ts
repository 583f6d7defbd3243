import * as yup from "yup";
import { tooLarge, tooSmall } from "./limit-messages";

/** `?cursor=&limit=` of every list (limit ≤ 100), answered as `{ items, nextCursor }`. */
export const pageSchema = yup.object({
  cursor: yup.string().trim().max(200).optional(),
  limit: yup.number().typeError("integer").integer("integer").min(1, tooSmall).max(100, tooLarge).default(20),
});
export type PageInput = yup.InferType<typeof pageSchema>;

export type Page<T> = { items: T[]; nextCursor: string | null };

/** Takes one row more than asked to know whether another page follows; the cursor is the last id. */
export function toPage<T extends { id: string }>(rows: T[], limit: number): Page<T> {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? items[items.length - 1]!.id : null };
}

/** Prisma arguments for keyset paging after `cursor` (ordered by the caller on a unique key). */
export const pageArgs = ({ cursor, limit }: PageInput) => ({
  take: limit + 1,
  ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
});
