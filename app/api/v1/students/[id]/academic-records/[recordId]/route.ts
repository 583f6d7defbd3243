import { apiRoute, noContent } from "@/lib/core/api-route";
import { removeAcademicRecord } from "@/lib/students/remove-academic-record";

export const DELETE = apiRoute<{ id: string; recordId: string }>(async ({ actor, params }) => {
  await removeAcademicRecord(await actor(), params.id, params.recordId);
  return noContent();
});
