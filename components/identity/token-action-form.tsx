"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import * as yup from "yup";
import { chooseNewPassword, confirmEmail, joinUniversity } from "@/app/(auth)/actions";
import { useActionErrors } from "@/components/ui/form-errors";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { acceptInvitationSchema, resetPasswordSchema, verifyEmailSchema } from "@/lib/identity/schemas";

type Kind = "verifyEmail" | "resetPassword" | "invitation";

const SCHEMAS = { verifyEmail: verifyEmailSchema, resetPassword: resetPasswordSchema, invitation: acceptInvitationSchema };

const ACTIONS = {
  verifyEmail: (v: Record<string, string>) => confirmEmail({ token: v.token }),
  resetPassword: (v: Record<string, string>) => chooseNewPassword({ token: v.token, password: v.password }),
  invitation: (v: Record<string, string>) => joinUniversity({ token: v.token, name: v.name, password: v.password }),
};

/** The pages reached from an e-mailed link: confirm an address, choose a password, accept an invitation. */
export function TokenActionForm({ kind, token }: { kind: Kind; token: string }) {
  const t = useTranslations("auth");
  const tv = useTranslations("validation");
  const [done, setDone] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const { control, handleSubmit, setError, formState } = useForm<Record<string, string>>({
    resolver: yupResolver(SCHEMAS[kind] as yup.ObjectSchema<Record<string, string>>),
    defaultValues: { token, password: "", name: "" },
  });
  const toMessage = useActionErrors(setError);

  if (!token) return <Alert severity="warning">{t("missingToken")}</Alert>;
  if (done) {
    return (
      <Stack spacing={2}>
        <Alert severity="success">{done}</Alert>
        <Button component={NextLink} href={kind === "verifyEmail" ? "/dashboard" : "/sign-in"} variant="contained">
          {t("continue")}
        </Button>
      </Stack>
    );
  }

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await ACTIONS[kind](values);
    // The invited address is not a field of this form, so "already registered" is said at the top.
    if (!result.ok) return setFormError(result.error.fieldErrors?.email ? tv("emailTaken") : toMessage(result.error));
    const messages = {
      verifyEmail: t("verified"),
      resetPassword: t("resetDone"),
      invitation: t("invitationDone", { email: (result.data as { email?: string } | null)?.email ?? "" }),
    };
    setDone(messages[kind]);
  });

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
      {formError && <Alert severity="error">{formError}</Alert>}
      {kind === "invitation" && <TextFieldControl control={control} name="name" label={t("name")} autoComplete="name" required />}
      {kind !== "verifyEmail" && (
        <TextFieldControl
          control={control}
          name="password"
          label={t("password")}
          type="password"
          autoComplete="new-password"
          helperText={t("passwordHint")}
          required
        />
      )}
      <Button type="submit" variant="contained" size="large" disabled={formState.isSubmitting}>
        {{ verifyEmail: t("verifyTitle"), resetPassword: t("resetButton"), invitation: t("invitationButton") }[kind]}
      </Button>
    </Stack>
  );
}
