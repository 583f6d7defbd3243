"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import FormControl from "@mui/material/FormControl";
import FormHelperText from "@mui/material/FormHelperText";
import FormLabel from "@mui/material/FormLabel";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { askVerification } from "@/app/(app)/enterprise/actions";
import { useActionErrors, useFieldMessage } from "@/components/ui/form-errors";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { MAX_VERIFICATION_DOCUMENTS, verificationRequestSchema } from "@/lib/enterprises/schemas";

const MAX_BYTES = 10 * 1024 * 1024;
const TYPES = "application/pdf,image/png,image/jpeg,image/webp";

/** The registration number and the documents that prove it, sent for review. */
export function VerificationRequestForm({ defaultNumber }: { defaultNumber: string }) {
  const t = useTranslations("enterprises.verification");
  const fieldMessage = useFieldMessage();
  const router = useRouter();
  const [files, setFiles] = useState<File[]>([]);
  const [filesError, setFilesError] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const { control, handleSubmit, setError, formState } = useForm({
    resolver: yupResolver(verificationRequestSchema),
    defaultValues: { registrationNumber: defaultNumber },
  });
  const toMessage = useActionErrors(setError);

  const checkFiles = (chosen: File[]) => {
    if (chosen.length === 0) return "filesRequired";
    if (chosen.length > MAX_VERIFICATION_DOCUMENTS) return "tooMany";
    if (chosen.some((file) => file.size > MAX_BYTES)) return "fileTooLarge";
    return undefined;
  };

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const problem = checkFiles(files);
    setFilesError(problem && fieldMessage(problem));
    if (problem) return;
    const form = new FormData();
    form.set("registrationNumber", values.registrationNumber);
    for (const file of files) form.append("documents", file);
    const result = await askVerification(form);
    if (result.ok) return router.refresh();
    const code = result.error.fieldErrors?.documents;
    if (code) setFilesError(fieldMessage(code));
    setFormError(toMessage(result.error));
  });

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate aria-label={t("formTitle")}>
      {formError && <Alert severity="error">{formError}</Alert>}
      <TextFieldControl control={control} name="registrationNumber" label={t("number")} helperText={t("numberHint")} required />
      <FormControl error={Boolean(filesError)}>
        <FormLabel htmlFor="verification-documents" required>
          {t("documents")}
        </FormLabel>
        <input
          id="verification-documents"
          name="documents"
          type="file"
          multiple
          accept={TYPES}
          aria-describedby="verification-documents-hint"
          aria-invalid={Boolean(filesError)}
          onChange={(e) => {
            setFiles(Array.from(e.target.files ?? []));
            setFilesError(undefined);
          }}
          style={{ marginTop: 8 }}
        />
        <FormHelperText id="verification-documents-hint" sx={{ mx: 0 }}>
          {filesError ?? t("documentsHint", { max: MAX_VERIFICATION_DOCUMENTS })}
        </FormHelperText>
      </FormControl>
      <Button type="submit" variant="contained" disabled={formState.isSubmitting} sx={{ alignSelf: "flex-start" }}>
        {t("submit")}
      </Button>
    </Stack>
  );
}
