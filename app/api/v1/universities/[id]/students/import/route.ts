import { apiRoute } from "@/lib/core/api-route";
import { AppError, field, invalid, unauthenticated } from "@/lib/core/errors";
import { readCappedBytes, readCappedForm } from "@/lib/core/read-body";
import { validate } from "@/lib/core/validation";
import { importRoster } from "@/lib/universities/import-roster";
import { previewRosterImport } from "@/lib/universities/preview-roster-import";
import { refuseUnreadableFile, rosterPreviewView } from "@/lib/universities/roster-view";
import { importQuerySchema, ROSTER_LIMITS } from "@/lib/universities/schemas";

const tooLarge = () =>
  new AppError("PAYLOAD_TOO_LARGE", {
    key: "fileTooLarge",
    values: { megabytes: ROSTER_LIMITS.maxBytes / 1024 / 1024 },
  });

/** The CSV: the raw body (text/csv), or the `file` field of a multipart form. */
async function rosterBytes(request: Request): Promise<Uint8Array> {
  if ((request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
    const form = await readCappedForm(request, ROSTER_LIMITS.maxBytes + 64 * 1024, tooLarge);
    const file = form?.get("file");
    if (file instanceof File) return new Uint8Array(await file.arrayBuffer());
    if (typeof file === "string") return new TextEncoder().encode(file);
    throw invalid({ file: field("required") }, "rosterFileRequired");
  }
  return readCappedBytes(request, ROSTER_LIMITS.maxBytes, tooLarge);
}

export const POST = apiRoute<{ id: string }>(
  async ({ actor, params, request, query }) => {
    // Who is calling is settled before a possibly large body is read.
    const me = await actor();
    if (!me) throw unauthenticated();
    const { dryRun } = await validate(importQuerySchema, query());
    if (dryRun) {
      const preview = await previewRosterImport(me, params.id, await rosterBytes(request));
      refuseUnreadableFile(preview);
      return rosterPreviewView(preview);
    }
    const result = await importRoster(me, params.id, await rosterBytes(request));
    return { imported: true, ...rosterPreviewView(result.preview) };
  },
  { rateLimit: { points: 30, seconds: 3600 } },
);
