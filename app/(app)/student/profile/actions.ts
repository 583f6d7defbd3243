"use server";
import { serverAction } from "@/lib/core/server-action";
import { uploadedFile } from "@/lib/documents/uploaded-file";
import { decideAllProposals, decideProposal } from "@/lib/profile-import/decide-proposal";
import { startCvImport, startLinkedInImport } from "@/lib/profile-import/start-profile-import";
import { addAcademicRecord } from "@/lib/students/add-academic-record";
import { removeAcademicRecord } from "@/lib/students/remove-academic-record";
import { removeStudentLanguage } from "@/lib/students/remove-student-language";
import { removeWorkExperience } from "@/lib/students/remove-work-experience";
import { setStudentSkills } from "@/lib/students/set-student-skills";
import { updatePreferences } from "@/lib/students/update-preferences";
import { updateStudentProfile } from "@/lib/students/update-student-profile";
import { uploadCv } from "@/lib/students/upload-cv";

// The signed-in student's own id: the domain functions refuse anyone else's. Inputs are the
// forms' raw values (dates as yyyy-mm-dd); the domain functions validate and parse them.
export const saveProfile = serverAction(async (input: unknown, actor) => {
  await updateStudentProfile(actor, actor?.studentId ?? "", input);
  return null;
});

export const saveSkills = serverAction(async (input: { skills: string[] }, actor) =>
  setStudentSkills(actor, actor?.studentId ?? "", input),
);

export const addRecord = serverAction(async (input: unknown, actor) => {
  await addAcademicRecord(actor, actor?.studentId ?? "", input);
  return null;
});

export const removeRecord = serverAction(
  async (recordId: string, actor) => removeAcademicRecord(actor, actor?.studentId ?? "", recordId),
  { input: "id" },
);

export const removeExperience = serverAction(
  async (experienceId: string, actor) => removeWorkExperience(actor, actor?.studentId ?? "", experienceId),
  { input: "id" },
);

export const removeLanguage = serverAction(
  async (language: string, actor) => removeStudentLanguage(actor, actor?.studentId ?? "", language),
  { input: "id" },
);

export const savePreferences = serverAction(async (input: unknown, actor) => {
  await updatePreferences(actor, actor?.studentId ?? "", input);
  return null;
});

export const uploadCvFile = serverAction(
  async (form: FormData, actor) => uploadCv(actor, actor?.studentId ?? "", await uploadedFile(form.get("file"))),
  { input: "form" },
);

// « Remplir depuis mon CV / LinkedIn »: readings of a file, and the student's decisions on their proposals.
export const importFromCv = serverAction(async (_input: Record<string, never>, actor) =>
  startCvImport(actor, actor?.studentId ?? "", { source: "CV" }),
);

export const importFromLinkedIn = serverAction(
  async (form: FormData, actor) =>
    startLinkedInImport(actor, actor?.studentId ?? "", await uploadedFile(form.get("file"))),
  { input: "form" },
);

export const decideProfileProposal = serverAction(
  async (input: { importId: string; proposalId: string; decision: "accept" | "reject" }, actor) =>
    decideProposal(actor, actor?.studentId ?? "", String(input?.importId), String(input?.proposalId), input?.decision),
);

export const decideAllProfileProposals = serverAction(
  async (input: { importId: string; decision: "accept" | "reject" }, actor) =>
    decideAllProposals(actor, actor?.studentId ?? "", String(input?.importId), input?.decision),
);
