import * as yup from "yup";

/** What a LinkedIn file may be: the profile saved as PDF, or the data export archive; 5 MB at most. */
export const PROFILE_IMPORT_RULES = {
  types: ["application/pdf", "application/zip"],
  label: "PDF, ZIP",
  maxBytes: 5 * 1024 * 1024,
} as const;

/** POST …/profile-imports with a JSON body: read the CV already on the profile again. */
export const profileImportRequestSchema = yup.object({
  source: yup.string().oneOf(["CV"], "choice").required("required"),
});

export const proposalDecisionSchema = yup.object({
  decision: yup.string().oneOf(["accept", "reject"], "choice").required("required"),
});
