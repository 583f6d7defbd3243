import { apiRoute } from "@/lib/core/api-route";
import { getStudentProfile } from "@/lib/students/get-student-profile";
import { updateStudentProfile } from "@/lib/students/update-student-profile";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getStudentProfile(await actor(), params.id));

export const PUT = apiRoute<{ id: string }>(async ({ actor, params, body }) =>
  updateStudentProfile(await actor(), params.id, await body()),
);
