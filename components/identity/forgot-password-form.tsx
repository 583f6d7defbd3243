"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { askPasswordReset } from "@/app/(auth)/actions";
import { useActionErrors } from "@/components/ui/form-errors";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { requestPasswordResetSchema } from "@/lib/identity/schemas";

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string }>();
  const { control, handleSubmit, setError, formState } = useForm({
    resolver: yupResolver(requestPasswordResetSchema),
    defaultValues: { email: "" },
  });
  const toMessage = useActionErrors(setError);

  const onSubmit = handleSubmit(async (values) => {
    const result = await askPasswordReset(values);
    setOutcome(result.ok ? { ok: true, message: t("resetRequested") } : { ok: false, message: toMessage(result.error) });
  });

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
      <Typography>{t("resetRequestLead")}</Typography>
      {outcome && <Alert severity={outcome.ok ? "success" : "error"}>{outcome.message}</Alert>}
      <TextFieldControl control={control} name="email" label={t("email")} type="email" autoComplete="email" required />
      <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
        {t("resetRequestButton")}
      </Button>
      <Link component={NextLink} href="/sign-in" variant="body2">
        {t("backToSignIn")}
      </Link>
    </Stack>
  );
}
