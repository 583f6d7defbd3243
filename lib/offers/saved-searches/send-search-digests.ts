import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queueEmail } from "@/lib/notifications/queue-email";
import { searchNewOffers } from "../search-offers";
import { offerSearchSchema } from "../search-schema";
import { searchDigestEmail, type DigestSection } from "./digest-email";
import { criteriaHref } from "./schemas";

/** Offers listed per saved search in one e-mail; the rest are one click away. */
const PER_SEARCH = 5;
const BATCH = 100;

/** Searches with alerts on that this day's digest has not covered yet. */
const due = (cutoff: Date): Prisma.SavedSearchWhereInput => ({
  alertsEnabled: true,
  OR: [{ lastNotifiedAt: null }, { lastNotifiedAt: { lt: cutoff } }],
});

/**
 * The daily digest: for every student with saved searches on alert, the offers published since
 * the search was last reported and before today 00:00 UTC, in one e-mail (none when nothing is
 * new). Each student's searches are marked reported up to that cutoff in the transaction that
 * queues the e-mail, so running it again the same day sends nothing and re-sends no offer.
 */
export async function sendSearchDigests(now = new Date()): Promise<{ emails: number }> {
  const cutoff = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  let emails = 0;
  let cursor: string | undefined;
  for (;;) {
    const students = await db.student.findMany({
      where: { savedSearches: { some: due(cutoff) }, user: { disabledAt: null } },
      select: {
        id: true,
        user: { select: { email: true, name: true, locale: true } },
        savedSearches: { where: due(cutoff), orderBy: { createdAt: "asc" } },
      },
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    for (const student of students) if (await digestOf(student, cutoff)) emails++;
    if (students.length < BATCH) return { emails };
    cursor = students.at(-1)!.id;
  }
}

type DueStudent = {
  user: { email: string; name: string; locale: string };
  savedSearches: { id: string; name: string; query: Prisma.JsonValue; lastNotifiedAt: Date | null; createdAt: Date }[];
};

async function digestOf(student: DueStudent, cutoff: Date): Promise<boolean> {
  const sections: DigestSection[] = [];
  for (const search of student.savedSearches) {
    // A search saved under older rules that no longer validate is skipped, and marked done below.
    const query = await offerSearchSchema
      .validate({ ...(search.query as object), limit: PER_SEARCH }, { stripUnknown: true })
      .catch(() => null);
    if (!query) continue;
    const { items, nextCursor } = await searchNewOffers(query, {
      after: search.lastNotifiedAt ?? search.createdAt,
      until: cutoff,
    });
    if (items.length) sections.push({ name: search.name, href: criteriaHref(query), items, more: nextCursor !== null });
  }
  const ids = student.savedSearches.map((search) => search.id);
  try {
    return await db.$transaction(async (tx) => {
      const { count } = await tx.savedSearch.updateMany({
        where: { id: { in: ids }, ...due(cutoff) },
        data: { lastNotifiedAt: cutoff },
      });
      if (count !== ids.length) throw new AlreadyReported();
      if (sections.length === 0) return false;
      await queueEmail(
        tx,
        student.user.email,
        searchDigestEmail({ locale: student.user.locale, name: student.user.name, sections }),
      );
      return true;
    });
  } catch (error) {
    if (error instanceof AlreadyReported) return false;
    throw error;
  }
}

/** A concurrent run reported some of these searches first: roll back and leave them to it. */
class AlreadyReported extends Error {}
