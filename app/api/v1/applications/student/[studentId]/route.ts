import { apiRoute } from "@/lib/core/api-route";
import { listStudentApplications } from "@/lib/applications/list-student-applications";

// The same list as GET /students/{id}/applications, under the applications resource.
export const GET = apiRoute<{ studentId: string }>(async ({ actor, params, query }) =>
  listStudentApplications(await actor(), params.studentId, query()),
);
