import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import { isUniqueViolation } from "@/lib/core/db-errors";
import { AppError, conflict, type FieldErrors } from "@/lib/core/errors";
import { recordEvent } from "@/lib/core/outbox";
import type { Actor } from "@/lib/identity/actor";
import { inviteStudentAccount } from "@/lib/identity/invite-student-account";
import type { RosterError } from "./parse-roster-csv";
import { requireUniversityAdmin, scopedUniversity } from "./policy";
import { resolveRoster, type RosterAction, type RosterPreview } from "./preview-roster-import";

export type RosterImportResult = { imported: boolean; preview: RosterPreview; counts: Record<RosterAction, number> };

/** The errors of a file as per-field reasons: `rows.<line>.<column>` (`rows.<line>` or `file` without one). */
export function rosterFieldErrors(errors: RosterError[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const error of errors) {
    const path = error.line === null ? "file" : `rows.${error.line}${error.column ? `.${error.column}` : ""}`;
    fields[path] ??= error.reason;
  }
  return fields;
}

const LOCALES = new Set(["fr", "en", "ar"]);

/**
 * Imports a roster file in one transaction: existing student accounts are linked by e-mail (or
 * updated), new students get an account and an e-mailed link to choose their password. Nothing is
 * written while any row is wrong; a file already imported changes nothing.
 */
export async function importRoster(
  actor: Actor | null,
  universityId: string,
  bytes: Uint8Array,
): Promise<RosterImportResult> {
  const me = requireUniversityAdmin(actor);
  const locale = (LOCALES.has(me.locale) ? me.locale : "fr") as "fr" | "en" | "ar";
  try {
    return await db.$transaction(
      async (tx) => {
        const university = await scopedUniversity(me, universityId, tx);
        // Resolved again inside the transaction: what the preview showed may have changed since.
        const preview = await resolveRoster(tx, university, bytes);
        if (preview.errors.length > 0) {
          throw new AppError(
            "VALIDATION",
            { key: "rosterHasErrors", values: { count: preview.errors.length } },
            {
              fieldErrors: rosterFieldErrors(preview.errors),
            },
          );
        }
        for (const row of preview.rows) {
          const roster = {
            ...(row.programId !== null && { programId: row.programId }),
            ...(row.studentNumber !== null && { studentNumber: row.studentNumber }),
            ...(row.year !== null && { yearOfStudy: row.year }),
          };
          if (row.action === "INVITE") {
            const { studentId } = await inviteStudentAccount(tx, {
              email: row.email,
              name: `${row.firstName} ${row.lastName}`,
              locale,
              university,
              roster: { programId: row.programId, studentNumber: row.studentNumber, yearOfStudy: row.year },
            });
            await recordEvent(tx, "user.invited", { email: row.email, role: "STUDENT", universityId: university.id });
            row.studentId = studentId;
          } else if (row.action === "LINK" || row.action === "UPDATE") {
            // The owner in the where: a link takes only a student of no university, an update only one of ours.
            const { count } = await tx.student.updateMany({
              where: { id: row.studentId!, universityId: row.action === "LINK" ? null : university.id },
              data: { universityId: university.id, ...roster },
            });
            if (count !== 1) throw conflict("rosterChanged");
          }
        }
        const { counts } = preview;
        if (counts.INVITE + counts.LINK + counts.UPDATE > 0) {
          await recordAudit(tx, {
            actorId: me.userId,
            action: "university.roster-imported",
            entity: "University",
            entityId: university.id,
            after: counts,
          });
        }
        return { imported: true, preview, counts };
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    // Another import (or a registration) took an address or a number meanwhile: run it again.
    if (isUniqueViolation(error)) throw conflict("rosterChanged");
    throw error;
  }
}
