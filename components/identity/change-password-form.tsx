"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { savePassword } from "@/app/(app)/profile/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { PasswordField } from "@/components/ui/password-field";
import { useFormAction } from "@/components/ui/use-form-action";
import { changePasswordSchema } from "@/lib/identity/schemas";

/** Replaces the password after the current one; the outcome says the other sessions were ended. */
export function ChangePasswordForm() {
  const t = useTranslations("profile.password");
  const form = useForm({
    resolver: yupResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", password: "" },
  });
  const { onSubmit, pending, outcome } = useFormAction(form, savePassword, {
    success: t("changed"),
    reset: true,
  });
  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
      <ActionOutcome outcome={outcome} />
      <PasswordField
        control={form.control}
        name="currentPassword"
        label={t("current")}
        autoComplete="current-password"
        required
      />
      <PasswordField
        control={form.control}
        name="password"
        label={t("new")}
        helperText={t("rules")}
        autoComplete="new-password"
        required
      />
      <Button type="submit" variant="contained" disabled={pending} sx={{ alignSelf: "flex-start" }}>
        {t("submit")}
      </Button>
    </Stack>
  );
}
