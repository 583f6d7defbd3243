import { AppError } from "@/lib/core/errors";
import { fieldMessage } from "@/lib/core/field-message";
import { rosterFieldErrors } from "./import-roster";
import type { RosterError } from "./parse-roster-csv";
import type { RosterPreview } from "./preview-roster-import";

/** An error of the file as the API shows it: line, column, the reason's key and its English sentence. */
export const rosterErrorView = (error: RosterError) => ({
  line: error.line,
  column: error.column,
  code: error.reason.key,
  message: fieldMessage(error.reason),
});

/** The preview as the API answers it (dates and ids only, no account details beyond the file's). */
export function rosterPreviewView(preview: RosterPreview) {
  return {
    university: preview.university,
    separator: preview.separator,
    ignoredColumns: preview.ignoredColumns,
    counts: preview.counts,
    valid: preview.errors.length === 0,
    rows: preview.rows.map((row) => ({
      line: row.line,
      email: row.email,
      firstName: row.firstName,
      lastName: row.lastName,
      studentNumber: row.studentNumber,
      program: row.programName,
      year: row.year,
      action: row.action,
      studentId: row.studentId,
    })),
    errors: preview.errors.map(rosterErrorView),
  };
}

/** A file that cannot be read at all (binary, not UTF-8, empty, too large) is refused, preview or not. */
export function refuseUnreadableFile(preview: RosterPreview): void {
  const fileErrors = preview.errors.filter((error) => error.line === null);
  if (fileErrors.length === 0) return;
  const status = fileErrors.some((error) => error.reason.key === "fileTooLarge") ? "PAYLOAD_TOO_LARGE" : "VALIDATION";
  throw new AppError(
    status,
    { key: "rosterHasErrors", values: { count: fileErrors.length } },
    {
      fieldErrors: rosterFieldErrors(fileErrors),
    },
  );
}
