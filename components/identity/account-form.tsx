"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { saveAccount } from "@/app/(app)/profile/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { LOCALE_NAMES, LOCALES } from "@/lib/core/i18n-config";
import { updateAccountSchema, type UpdateAccountInput } from "@/lib/identity/schemas";

export function AccountForm({ defaults }: { defaults: UpdateAccountInput }) {
  const t = useTranslations();
  const form = useForm({ resolver: yupResolver(updateAccountSchema), defaultValues: defaults });
  const { control } = form;
  const { onSubmit, pending, outcome } = useFormAction(form, saveAccount, { success: t("profile.saved") });

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
      <ActionOutcome outcome={outcome} />
      <TextFieldControl control={control} name="name" label={t("auth.name")} autoComplete="name" required />
      <TextFieldControl control={control} name="locale" label={t("profile.language")} select>
        {LOCALES.map((code) => (
          <MenuItem key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </MenuItem>
        ))}
      </TextFieldControl>
      <Button type="submit" variant="contained" disabled={pending} sx={{ alignSelf: "flex-start" }}>
        {t("profile.save")}
      </Button>
    </Stack>
  );
}
