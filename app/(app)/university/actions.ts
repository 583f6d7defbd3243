"use server";
import { field, invalid } from "@/lib/core/errors";
import { serverAction } from "@/lib/core/server-action";
import { cancelInvitation } from "@/lib/universities/cancel-invitation";
import { createDepartment } from "@/lib/universities/create-department";
import { createProgram } from "@/lib/universities/create-program";
import { importRoster } from "@/lib/universities/import-roster";
import { inviteSupervisor } from "@/lib/universities/invite-supervisor";
import { previewRosterImport } from "@/lib/universities/preview-roster-import";
import { removeDepartment } from "@/lib/universities/remove-department";
import { removeProgram } from "@/lib/universities/remove-program";
import { renameDepartment } from "@/lib/universities/rename-department";
import { resendInvitation } from "@/lib/universities/resend-invitation";
import { ROSTER_LIMITS } from "@/lib/universities/schemas";
import { updateProgram } from "@/lib/universities/update-program";

type Scoped<T = object> = T & { universityId: string };

export const addDepartment = serverAction((input: Scoped<{ name: string }>, actor) =>
  createDepartment(actor, input.universityId, input),
);
export const renameDepartmentAction = serverAction((input: Scoped<{ departmentId: string; name: string }>, actor) =>
  renameDepartment(actor, input.universityId, input),
);
export const removeDepartmentAction = serverAction(async (input: Scoped<{ departmentId: string }>, actor) => {
  await removeDepartment(actor, input.universityId, input.departmentId);
  return null;
});
export const addProgram = serverAction((input: Scoped<Record<string, unknown>>, actor) =>
  createProgram(actor, input.universityId, input),
);
export const editProgram = serverAction((input: Scoped<Record<string, unknown>>, actor) =>
  updateProgram(actor, input.universityId, input),
);
export const removeProgramAction = serverAction(async (input: Scoped<{ programId: string }>, actor) => {
  await removeProgram(actor, input.universityId, input.programId);
  return null;
});

export const inviteSupervisorAction = serverAction((input: Scoped<Record<string, unknown>>, actor) =>
  inviteSupervisor(actor, input.universityId, input),
);
export const resendInvitationAction = serverAction((input: Scoped<{ invitationId: string }>, actor) =>
  resendInvitation(actor, input.universityId, input),
);
export const cancelInvitationAction = serverAction((input: Scoped<{ invitationId: string }>, actor) =>
  cancelInvitation(actor, input.universityId, input),
);

/** The roster file of the import form: the `file` field, within the size limit. */
async function rosterFile(form: FormData): Promise<{ universityId: string; bytes: Uint8Array }> {
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw invalid({ file: field("fileEmpty") });
  if (file.size > ROSTER_LIMITS.maxBytes)
    throw invalid({ file: field("fileTooLarge", { megabytes: ROSTER_LIMITS.maxBytes / 1024 / 1024 }) });
  return { universityId: String(form.get("universityId") ?? ""), bytes: new Uint8Array(await file.arrayBuffer()) };
}

const rosterLimit = { name: "roster-import", points: 60, seconds: 3600 };

/** The preview: rows and what each will do, and every error; nothing is written. */
export const previewRoster = serverAction(
  async (form: FormData, actor) => {
    const { universityId, bytes } = await rosterFile(form);
    const preview = await previewRosterImport(actor, universityId, bytes);
    return {
      rows: preview.rows,
      errors: preview.errors,
      counts: preview.counts,
      ignoredColumns: preview.ignoredColumns,
    };
  },
  { input: "form", rateLimit: rosterLimit },
);

export const importRosterAction = serverAction(
  async (form: FormData, actor) => {
    const { universityId, bytes } = await rosterFile(form);
    return (await importRoster(actor, universityId, bytes)).counts;
  },
  { input: "form", rateLimit: rosterLimit },
);
