"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type * as yup from "yup";
import { chooseNewPassword, confirmEmail, confirmNewEmail, joinUniversity } from "@/app/(auth)/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { PasswordField } from "@/components/ui/password-field";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionResult } from "@/lib/core/server-action";
import { acceptInvitationSchema, resetPasswordSchema, verifyEmailSchema } from "@/lib/identity/schemas";

type Kind = "verifyEmail" | "resetPassword" | "invitation" | "changeEmail";

const SCHEMAS = {
  verifyEmail: verifyEmailSchema,
  resetPassword: resetPasswordSchema,
  invitation: acceptInvitationSchema,
  changeEmail: verifyEmailSchema,
};

const ACTIONS: Record<Kind, (values: Record<string, string>) => Promise<ActionResult<unknown>>> = {
  verifyEmail: (v: Record<string, string>) => confirmEmail({ token: v.token }),
  resetPassword: (v: Record<string, string>) => chooseNewPassword({ token: v.token, password: v.password }),
  invitation: (v: Record<string, string>) => joinUniversity({ token: v.token, name: v.name, password: v.password }),
  changeEmail: (v: Record<string, string>) => confirmNewEmail({ token: v.token }),
};

/** The pages reached from an e-mailed link: confirm an address, choose a password, accept an invitation. */
export function TokenActionForm({ kind, token }: { kind: Kind; token: string }) {
  const t = useTranslations("auth");
  const [done, setDone] = useState<string>();
  const form = useForm<Record<string, string>>({
    resolver: yupResolver(SCHEMAS[kind] as yup.ObjectSchema<Record<string, string>>),
    defaultValues: { token, password: "", name: "" },
  });
  const { control } = form;
  const { onSubmit, pending, outcome } = useFormAction(form, ACTIONS[kind], {
    refresh: false,
    onSuccess: (data) =>
      setDone(
        {
          verifyEmail: t("verified"),
          resetPassword: t("resetDone"),
          invitation: t("invitationDone", { email: (data as { email?: string } | null)?.email ?? "" }),
          changeEmail: t("emailChanged", { email: (data as { email?: string } | null)?.email ?? "" }),
        }[kind],
      ),
  });

  if (!token) return <Alert severity="warning">{t("missingToken")}</Alert>;
  if (done) {
    return (
      <Stack spacing={2}>
        <Alert severity="success">{done}</Alert>
        <Button
          component={NextLink}
          href={kind === "verifyEmail" || kind === "changeEmail" ? "/dashboard" : "/sign-in"}
          variant="contained"
        >
          {t("continue")}
        </Button>
      </Stack>
    );
  }

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
      <ActionOutcome outcome={outcome} />
      {kind === "invitation" && (
        <TextFieldControl control={control} name="name" label={t("name")} autoComplete="name" required />
      )}
      {(kind === "resetPassword" || kind === "invitation") && (
        <PasswordField
          control={control}
          name="password"
          label={t("password")}
          autoComplete="new-password"
          helperText={t("passwordHint")}
          required
        />
      )}
      <Button type="submit" variant="contained" size="large" disabled={pending}>
        {
          {
            verifyEmail: t("verifyTitle"),
            resetPassword: t("resetButton"),
            invitation: t("invitationButton"),
            changeEmail: t("changeEmailConfirm"),
          }[kind]
        }
      </Button>
    </Stack>
  );
}
