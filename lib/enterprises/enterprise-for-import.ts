import type { Tx } from "@/lib/core/db";
import { slugify, slugSuffix } from "@/lib/core/slug";

/**
 * The enterprise an imported posting names as its hiring organisation: an existing one of that name
 * (without case), else a new unverified one with no members, which its people may claim later.
 * Runs in the caller's transaction (lib/imports).
 */
export async function enterpriseForImport(tx: Tx, name: string): Promise<string> {
  const trimmed = name.trim().slice(0, 200);
  const existing = await tx.enterprise.findFirst({
    where: { name: { equals: trimmed, mode: "insensitive" } },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (existing) return existing.id;
  const base = slugify(trimmed);
  const taken = await tx.enterprise.count({ where: { slug: base } });
  const created = await tx.enterprise.create({
    data: { name: trimmed, slug: taken ? `${base}-${slugSuffix()}` : base },
    select: { id: true },
  });
  return created.id;
}
