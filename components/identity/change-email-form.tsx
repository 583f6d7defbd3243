"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { askEmailChange } from "@/app/(app)/profile/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { PasswordField } from "@/components/ui/password-field";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { changeEmailSchema } from "@/lib/identity/schemas";

/** Asks for a new sign-in address; the outcome says where the confirmation link went. */
export function ChangeEmailForm() {
  const t = useTranslations("profile.email");
  const form = useForm({ resolver: yupResolver(changeEmailSchema), defaultValues: { email: "", password: "" } });
  const { onSubmit, pending, outcome } = useFormAction(form, askEmailChange, {
    success: ({ email }) => t("sent", { email }),
    reset: true,
    refresh: false,
  });
  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
      <ActionOutcome outcome={outcome} />
      <TextFieldControl
        control={form.control}
        name="email"
        type="email"
        label={t("new")}
        autoComplete="email"
        required
      />
      <PasswordField
        control={form.control}
        name="password"
        label={t("password")}
        autoComplete="current-password"
        required
      />
      <Button type="submit" variant="contained" disabled={pending} sx={{ alignSelf: "flex-start" }}>
        {t("submit")}
      </Button>
    </Stack>
  );
}
