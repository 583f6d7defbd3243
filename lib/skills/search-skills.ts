import { db } from "@/lib/core/db";
import { validate } from "@/lib/core/validation";
import { skillSearchSchema } from "./schemas";

/** Skills of the shared list whose name starts with, then contains, the query; most used first. */
export async function searchSkills(input: unknown): Promise<{ items: { id: string; name: string }[] }> {
  const { q, limit } = await validate(skillSearchSchema, input);
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const items = await db.$queryRaw<{ id: string; name: string }[]>`
    select s.id, s.name::text as name
    from "Skill" s
    where s.name ilike ${pattern}
    order by (s.name ilike ${`${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}) desc,
      ((select count(*) from "OfferSkill" os where os."skillId" = s.id) + (select count(*) from "StudentSkill" ss where ss."skillId" = s.id)) desc,
      s.name
    limit ${limit}`;
  return { items };
}
