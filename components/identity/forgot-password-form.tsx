"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { useForm } from "react-hook-form";
import { askPasswordReset } from "@/app/(auth)/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { requestPasswordResetSchema } from "@/lib/identity/schemas";

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const form = useForm({ resolver: yupResolver(requestPasswordResetSchema), defaultValues: { email: "" } });
  const { control } = form;
  const { onSubmit, pending, outcome } = useFormAction(form, askPasswordReset, {
    success: t("resetRequested"),
    refresh: false,
  });

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
      <Typography>{t("resetRequestLead")}</Typography>
      <ActionOutcome outcome={outcome} />
      <TextFieldControl control={control} name="email" label={t("email")} type="email" autoComplete="email" required />
      <Button type="submit" variant="contained" disabled={pending}>
        {t("resetRequestButton")}
      </Button>
      <Link component={NextLink} href="/sign-in" variant="body2">
        {t("backToSignIn")}
      </Link>
    </Stack>
  );
}
