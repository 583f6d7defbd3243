import { apiRoute } from "@/lib/core/api-route";
import { addAcademicRecord } from "@/lib/students/add-academic-record";

export const POST = apiRoute<{ id: string }>(
  async ({ actor, params, body }) => addAcademicRecord(await actor(), params.id, await body()),
  {
    status: 201,
  },
);
