"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import * as yup from "yup";
import {
  decideDocumentAction,
  deleteDocumentAction,
  uploadInternshipDocumentAction,
} from "@/app/(app)/internships/[id]/document-actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { FileField } from "@/components/ui/file-field";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useAction } from "@/components/ui/use-action";
import { useFormAction } from "@/components/ui/use-form-action";
import { tooLong } from "@/lib/core/limit-messages";
import { fileListSchema } from "@/lib/documents/file-list-schema";
import { MAX_DOCUMENT_TITLE, MAX_REJECTION_REASON, SECTION_KINDS } from "@/lib/documents/schemas";
import { UPLOAD_RULES } from "@/lib/documents/upload-rules";

const RULES = UPLOAD_RULES.OTHER;
const ACCEPT = "application/pdf,.pdf,image/png,image/jpeg,image/webp";
const uploadSchema = yup.object({
  kind: yup.string().required("required").oneOf(SECTION_KINDS, "choice"),
  title: yup.string().trim().max(MAX_DOCUMENT_TITLE, tooLong).default(""),
  file: fileListSchema(RULES, 1, RULES.maxBytes, "required"),
});
const rejectSchema = yup.object({
  reason: yup.string().trim().required("documentRejectionReason").max(MAX_REJECTION_REASON, tooLong),
});

/** The student adds a document (kind, optional title, file), or a new version of one (`replace`). */
export function InternshipDocumentUpload({
  internshipId,
  replace,
}: {
  internshipId: string;
  replace?: { documentId: string; kind: (typeof SECTION_KINDS)[number] };
}) {
  const t = useTranslations("internshipDocuments");
  const form = useForm({
    resolver: yupResolver(uploadSchema),
    defaultValues: { kind: replace?.kind ?? "INSURANCE_CERTIFICATE", title: "", file: [] as File[] },
  });
  const [inputKey, setInputKey] = useState(0);
  const { onSubmit, pending, outcome } = useFormAction(form, uploadInternshipDocumentAction, {
    success: t("uploaded"),
    reset: true,
    onSuccess: () => setInputKey((key) => key + 1),
    toInput: (values) => {
      const body = new FormData();
      body.set("internshipId", internshipId);
      body.set("kind", values.kind);
      if (values.title) body.set("title", values.title);
      if (replace) body.set("documentId", replace.documentId);
      body.set("file", values.file[0]!);
      return body;
    },
  });
  const label = replace ? t("newVersion") : t("add");
  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate aria-label={label}>
      <ActionOutcome outcome={outcome} />
      {!replace && (
        <>
          <TextFieldControl control={form.control} name="kind" label={t("kind")} select required>
            {SECTION_KINDS.map((kind) => (
              <MenuItem key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </MenuItem>
            ))}
          </TextFieldControl>
          <TextFieldControl control={form.control} name="title" label={t("docTitle")} maxLength={MAX_DOCUMENT_TITLE} />
        </>
      )}
      <FileField
        key={inputKey}
        control={form.control}
        name="file"
        label={t("file")}
        hint={t("fileHint")}
        accept={ACCEPT}
        required
      />
      <Button
        type="submit"
        variant={replace ? "outlined" : "contained"}
        disabled={pending}
        sx={{ alignSelf: "flex-start" }}
      >
        {replace ? t("newVersion") : t("upload")}
      </Button>
    </Stack>
  );
}

/** The reviewer validates a pending document, or rejects it with a reason the student reads. */
export function InternshipDocumentDecision({ documentId, title }: { documentId: string; title: string }) {
  const t = useTranslations("internshipDocuments");
  const validate = useAction(decideDocumentAction, { success: t("validated") });
  const form = useForm({ resolver: yupResolver(rejectSchema), defaultValues: { reason: "" } });
  const reject = useFormAction(form, decideDocumentAction, {
    success: t("rejected"),
    reset: true,
    toInput: (values) => ({ documentId, decision: "REJECTED", reason: values.reason }),
  });
  const pending = validate.pending || reject.pending;
  return (
    <Stack spacing={1}>
      <ActionOutcome outcome={validate.outcome ?? reject.outcome} />
      <div>
        <Button
          variant="contained"
          color="success"
          disabled={pending}
          aria-label={`${t("validate")} : ${title}`}
          onClick={() => void validate.execute({ documentId, decision: "VALIDATED" })}
        >
          {t("validate")}
        </Button>
      </div>
      <Stack
        component="form"
        spacing={1}
        onSubmit={reject.onSubmit}
        noValidate
        aria-label={`${t("rejectTitle")} : ${title}`}
      >
        <TextFieldControl
          control={form.control}
          name="reason"
          label={t("reason")}
          helperText={t("reasonHint")}
          multiline
          minRows={2}
          maxLength={MAX_REJECTION_REASON}
          required
        />
        <Button type="submit" variant="outlined" color="error" disabled={pending} sx={{ alignSelf: "flex-start" }}>
          {t("reject")}
        </Button>
      </Stack>
    </Stack>
  );
}

/** The owner deletes a document not yet validated. */
export function InternshipDocumentDelete({ documentId, title }: { documentId: string; title: string }) {
  const t = useTranslations("internshipDocuments");
  const remove = useAction(deleteDocumentAction, { success: t("deleted") });
  return (
    <Stack spacing={1}>
      <ActionOutcome outcome={remove.outcome} />
      <Button
        variant="text"
        color="error"
        disabled={remove.pending}
        aria-label={`${t("delete")} : ${title}`}
        onClick={() => void remove.execute({ documentId })}
        sx={{ alignSelf: "flex-start" }}
      >
        {t("delete")}
      </Button>
    </Stack>
  );
}
