import { apiRoute } from "@/lib/core/api-route";
import { listStudentApplications } from "@/lib/applications/list-student-applications";

export const GET = apiRoute<{ id: string }>(async ({ actor, params, query }) =>
  listStudentApplications(await actor(), params.id, query()),
);
