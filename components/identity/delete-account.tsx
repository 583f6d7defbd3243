"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import FormControl from "@mui/material/FormControl";
import FormControlLabel from "@mui/material/FormControlLabel";
import FormHelperText from "@mui/material/FormHelperText";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useFormatter, useTranslations } from "next-intl";
import { Controller, useForm } from "react-hook-form";
import { askAccountDeletion, keepAccount } from "@/app/(app)/profile/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { PasswordField } from "@/components/ui/password-field";
import { useAction } from "@/components/ui/use-action";
import { useFormAction } from "@/components/ui/use-form-action";
import { scheduleDeletionSchema } from "@/lib/identity/schemas";

/**
 * Deleting one's account, said plainly: what goes, what the law keeps, the grace period; then
 * the password and a consent box. Once scheduled, the date and a button to keep the account.
 */
export function DeleteAccount({ scheduledFor, hasPassword }: { scheduledFor: Date | null; hasPassword: boolean }) {
  const t = useTranslations("profile.deletion");
  const format = useFormatter();
  const keep = useAction(keepAccount, { success: t("kept") });
  const form = useForm({
    resolver: yupResolver(scheduleDeletionSchema),
    defaultValues: { password: "", confirm: false },
  });
  const { onSubmit, pending, outcome } = useFormAction(form, askAccountDeletion, { reset: true, success: t("done") });

  if (scheduledFor) {
    return (
      <Stack spacing={2}>
        <ActionOutcome outcome={keep.outcome} />
        <Alert severity="warning">
          {t("scheduled", { date: format.dateTime(scheduledFor, { dateStyle: "long" }) })}
        </Alert>
        <Button
          variant="contained"
          onClick={() => void keep.execute(null)}
          disabled={keep.pending}
          sx={{ alignSelf: "flex-start" }}
        >
          {t("keep")}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
      <ActionOutcome outcome={outcome} />
      <Box component="ul" sx={{ m: 0, pl: 3 }}>
        {(["grace", "erased", "kept", "applications"] as const).map((key) => (
          <Typography component="li" key={key} sx={{ mb: 0.5 }}>
            {t(`explain.${key}`)}
          </Typography>
        ))}
      </Box>
      {hasPassword && (
        <PasswordField
          control={form.control}
          name="password"
          label={t("password")}
          autoComplete="current-password"
          required
        />
      )}
      <Controller
        control={form.control}
        name="confirm"
        render={({ field, fieldState }) => (
          <FormControl error={Boolean(fieldState.error)}>
            <FormControlLabel
              control={
                <Checkbox
                  checked={field.value}
                  onChange={(e) => field.onChange(e.target.checked)}
                  onBlur={field.onBlur}
                />
              }
              label={t("confirm")}
            />
            {fieldState.error && <FormHelperText>{t("confirmMissing")}</FormHelperText>}
          </FormControl>
        )}
      />
      <Button type="submit" variant="contained" color="error" disabled={pending} sx={{ alignSelf: "flex-start" }}>
        {t("submit")}
      </Button>
    </Stack>
  );
}
