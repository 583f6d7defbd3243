import { apiRoute } from "@/lib/core/api-route";
import { listInternshipDocuments } from "@/lib/documents/list-internship-documents";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) =>
  listInternshipDocuments(await actor(), params.id),
);
