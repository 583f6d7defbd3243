import type { Tx } from "@/lib/core/db";

/**
 * The ids of the named skills, adding the ones the shared list lacks (names compare without
 * case, the column is citext). Runs in the caller's transaction.
 */
export async function ensureSkills(tx: Tx, names: string[]): Promise<string[]> {
  if (names.length === 0) return [];
  await tx.skill.createMany({ data: names.map((name) => ({ name })), skipDuplicates: true });
  const rows = await tx.skill.findMany({ where: { name: { in: names } }, select: { id: true } });
  return rows.map((row) => row.id);
}
