import type { Tx } from "@/lib/core/db";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The skills of the shared list that a text names, as whole words ("Java" is not found in
 * "JavaScript", "C++" and "Node.js" are), case- and accent-insensitive; at most `limit`, longest names
 * first. Only known skills: an imported text never adds to the list.
 */
export async function recogniseSkills(tx: Tx, text: string, limit = 20): Promise<{ id: string; name: string }[]> {
  if (!text.trim()) return [];
  const candidates = await tx.$queryRaw<{ id: string; name: string }[]>`
    select id, name::text as name from "Skill"
    where length(name) >= 1 and strpos(lower(unaccent(${text})), lower(unaccent(name::text))) > 0
    order by length(name) desc, name`;
  const folded = text.normalize("NFD").replace(/\p{M}/gu, "");
  return candidates
    .filter(({ name }) => {
      const word = escape(name.normalize("NFD").replace(/\p{M}/gu, ""));
      return new RegExp(`(^|[^\\p{L}\\p{N}+#.])${word}(?=$|[^\\p{L}\\p{N}+#]|\\.(?!\\p{L}))`, "iu").test(folded);
    })
    .slice(0, limit);
}
