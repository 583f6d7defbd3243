import { apiRoute } from "@/lib/core/api-route";
import { listStudentInternships } from "@/lib/students/list-student-internships";

export const GET = apiRoute<{ id: string }>(async ({ actor, params, query }) => listStudentInternships(await actor(), params.id, query()));
