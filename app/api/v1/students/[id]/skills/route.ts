import { apiRoute } from "@/lib/core/api-route";
import { setStudentSkills } from "@/lib/students/set-student-skills";

export const POST = apiRoute<{ id: string }>(async ({ actor, params, body }) =>
  setStudentSkills(await actor(), params.id, await body()),
);
