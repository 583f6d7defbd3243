"use server";
import { serverAction } from "@/lib/core/server-action";
import { deleteDocument } from "@/lib/documents/delete-document";
import { uploadInternshipDocument } from "@/lib/documents/upload-internship-document";
import { uploadedFile } from "@/lib/documents/uploaded-file";
import { validateDocument } from "@/lib/documents/validate-document";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" && value !== "" ? value : undefined;
};

/** The student adds a document to their internship, or a new version of one (`documentId`); the file is `file`. */
export const uploadInternshipDocumentAction = serverAction(
  async (form: FormData, actor) =>
    uploadInternshipDocument(
      actor,
      text(form, "internshipId") ?? "",
      { kind: text(form, "kind"), title: text(form, "title"), documentId: text(form, "documentId") },
      await uploadedFile(form.get("file")),
    ),
  { input: "form", rateLimit: { name: "internship-document-upload", points: 30, seconds: 3600 } },
);

/** The staff following the internship validate a pending document, or reject it with a reason. */
export const decideDocumentAction = serverAction(
  async (input: { documentId: string; decision: string; reason?: string }, actor) =>
    validateDocument(actor, input.documentId, { decision: input.decision, reason: input.reason }),
);

/** The owner deletes a pending or rejected document (its files are purged after the retention period). */
export const deleteDocumentAction = serverAction(async (input: { documentId: string }, actor) =>
  deleteDocument(actor, input.documentId),
);
