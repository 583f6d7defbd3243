import { apiRoute } from "@/lib/core/api-route";
import { listStudents } from "@/lib/students/list-students";

export const GET = apiRoute(async ({ actor, query }) => listStudents(await actor(), query()));
