"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import * as yup from "yup";
import { decideFinalReportAction, uploadFinalReportAction } from "@/app/(app)/internships/[id]/evaluations/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { FileField } from "@/components/ui/file-field";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useAction } from "@/components/ui/use-action";
import { useFormAction } from "@/components/ui/use-form-action";
import { fileListSchema } from "@/lib/documents/file-list-schema";
import { UPLOAD_RULES } from "@/lib/documents/upload-rules";
import { tooLong } from "@/lib/core/limit-messages";

const RULES = UPLOAD_RULES.REPORT;
const MAX_REASON = 1000;
const uploadSchema = yup.object({ file: fileListSchema(RULES, 1, RULES.maxBytes, "required") });
/** The reason of a rejection, as the server's reportDecisionSchema checks it. */
const rejectSchema = yup.object({
  reason: yup.string().trim().required("reportRejectionReason").max(MAX_REASON, tooLong),
});

/** The student sends their final report (a PDF): the first version, or a new one after a rejection. */
export function FinalReportUpload({ internshipId, again }: { internshipId: string; again: boolean }) {
  const t = useTranslations("internshipEvaluations.report");
  const form = useForm({ resolver: yupResolver(uploadSchema), defaultValues: { file: [] as File[] } });
  // A file input keeps its file through a form reset: a new key gives a fresh one once sent.
  const [inputKey, setInputKey] = useState(0);
  const { onSubmit, pending, outcome } = useFormAction(form, uploadFinalReportAction, {
    success: t("uploaded"),
    reset: true,
    onSuccess: () => setInputKey((key) => key + 1),
    toInput: (values) => {
      const body = new FormData();
      body.set("internshipId", internshipId);
      body.set("file", values.file[0]!);
      return body;
    },
  });
  return (
    <Stack
      component="form"
      spacing={2}
      onSubmit={onSubmit}
      noValidate
      aria-label={again ? t("uploadNew") : t("upload")}
    >
      <ActionOutcome outcome={outcome} />
      <FileField
        key={inputKey}
        control={form.control}
        name="file"
        label={t("file")}
        hint={t("fileHint")}
        accept="application/pdf,.pdf"
        required
      />
      <Button type="submit" variant="contained" disabled={pending} sx={{ alignSelf: "flex-start" }}>
        {again ? t("uploadNew") : t("upload")}
      </Button>
    </Stack>
  );
}

/** The supervisor's decision on the pending report: validate it, or reject it with a reason the student reads. */
export function FinalReportDecision({ internshipId, documentId }: { internshipId: string; documentId: string }) {
  const t = useTranslations("internshipEvaluations.report");
  const validate = useAction(decideFinalReportAction, { success: t("validated") });
  const form = useForm({ resolver: yupResolver(rejectSchema), defaultValues: { reason: "" } });
  const reject = useFormAction(form, decideFinalReportAction, {
    success: t("rejected"),
    reset: true,
    toInput: (values) => ({ internshipId, documentId, decision: "REJECTED", reason: values.reason }),
  });
  const pending = validate.pending || reject.pending;
  return (
    <Stack spacing={2}>
      <ActionOutcome outcome={validate.outcome ?? reject.outcome} />
      <div>
        <Button
          variant="contained"
          color="success"
          disabled={pending}
          onClick={() => void validate.execute({ internshipId, documentId, decision: "VALIDATED" })}
        >
          {t("validate")}
        </Button>
      </div>
      <Stack component="form" spacing={1} onSubmit={reject.onSubmit} noValidate aria-label={t("rejectTitle")}>
        <TextFieldControl
          control={form.control}
          name="reason"
          label={t("reason")}
          helperText={t("reasonHint")}
          multiline
          minRows={2}
          maxLength={MAX_REASON}
          required
        />
        <Button type="submit" variant="outlined" color="error" disabled={pending} sx={{ alignSelf: "flex-start" }}>
          {t("reject")}
        </Button>
      </Stack>
    </Stack>
  );
}
