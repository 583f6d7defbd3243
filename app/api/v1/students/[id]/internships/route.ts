import { apiRoute } from "@/lib/core/api-route";
import { listStudentInternships } from "@/lib/internships/list-student-internships";

export const GET = apiRoute<{ id: string }>(async ({ actor, params, query }) =>
  listStudentInternships(await actor(), params.id, query()),
);
