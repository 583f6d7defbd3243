"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { askVerification } from "@/app/(app)/enterprise/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { FileField } from "@/components/ui/file-field";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { fileListSchema } from "@/lib/documents/file-list-schema";
import { UPLOAD_RULES } from "@/lib/documents/upload-rules";
import {
  MAX_VERIFICATION_DOCUMENTS,
  MAX_VERIFICATION_TOTAL_BYTES,
  verificationRequestSchema,
} from "@/lib/enterprises/schemas";

const RULES = UPLOAD_RULES.ENTERPRISE_REGISTRATION;
const schema = verificationRequestSchema.shape({
  documents: fileListSchema(RULES, MAX_VERIFICATION_DOCUMENTS, MAX_VERIFICATION_TOTAL_BYTES),
});

/** The registration number and the documents that prove it, sent for review. */
export function VerificationRequestForm({ defaultNumber }: { defaultNumber: string }) {
  const t = useTranslations("enterprises.verification");
  const form = useForm({
    resolver: yupResolver(schema),
    defaultValues: { registrationNumber: defaultNumber, documents: [] },
  });
  const { onSubmit, pending, outcome } = useFormAction(form, askVerification, {
    toInput: (values) => {
      const body = new FormData();
      body.set("registrationNumber", values.registrationNumber);
      for (const file of values.documents) body.append("documents", file);
      return body;
    },
  });

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate aria-label={t("formTitle")}>
      <ActionOutcome outcome={outcome} />
      <TextFieldControl
        control={form.control}
        name="registrationNumber"
        label={t("number")}
        helperText={t("numberHint")}
        required
      />
      <FileField
        control={form.control}
        name="documents"
        label={t("documents")}
        hint={t("documentsHint", { max: MAX_VERIFICATION_DOCUMENTS })}
        accept={RULES.types.join(",")}
        multiple
        required
      />
      <Button type="submit" variant="contained" disabled={pending} sx={{ alignSelf: "flex-start" }}>
        {t("submit")}
      </Button>
    </Stack>
  );
}
