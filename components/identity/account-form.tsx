"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { saveAccount } from "@/app/(app)/profile/actions";
import { useActionErrors } from "@/components/ui/form-errors";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { updateAccountSchema, type UpdateAccountInput } from "@/lib/identity/schemas";

export function AccountForm({ defaults }: { defaults: UpdateAccountInput }) {
  const t = useTranslations();
  const router = useRouter();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string }>();
  const { control, handleSubmit, setError, formState } = useForm({ resolver: yupResolver(updateAccountSchema), defaultValues: defaults });
  const toMessage = useActionErrors(setError);

  const onSubmit = handleSubmit(async (values) => {
    const result = await saveAccount(values);
    setOutcome(result.ok ? { ok: true, message: t("profile.saved") } : { ok: false, message: toMessage(result.error) });
    if (result.ok) router.refresh();
  });

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
      {outcome && <Alert severity={outcome.ok ? "success" : "error"}>{outcome.message}</Alert>}
      <TextFieldControl control={control} name="name" label={t("auth.name")} autoComplete="name" required />
      <TextFieldControl control={control} name="locale" label={t("profile.language")} select>
        <MenuItem value="fr">Français</MenuItem>
        <MenuItem value="en">English</MenuItem>
      </TextFieldControl>
      <Button type="submit" variant="contained" disabled={formState.isSubmitting} sx={{ alignSelf: "flex-start" }}>
        {t("profile.save")}
      </Button>
    </Stack>
  );
}
