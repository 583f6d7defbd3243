"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { invite } from "@/app/(app)/university/staff/actions";
import { useActionErrors } from "@/components/ui/form-errors";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { inviteStaffSchema } from "@/lib/identity/schemas";

export function InviteStaffForm({ universityId }: { universityId: string }) {
  const t = useTranslations();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string }>();
  const { control, handleSubmit, setError, reset, formState } = useForm({
    resolver: yupResolver(inviteStaffSchema),
    defaultValues: { email: "", role: "UNIVERSITY_SUPERVISOR", universityId },
  });
  const toMessage = useActionErrors(setError);

  const onSubmit = handleSubmit(async (values) => {
    const result = await invite(values);
    if (result.ok) reset({ email: "", role: values.role, universityId });
    setOutcome(result.ok ? { ok: true, message: t("dashboard.invited", { email: values.email }) } : { ok: false, message: toMessage(result.error) });
  });

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
      {outcome && <Alert severity={outcome.ok ? "success" : "error"}>{outcome.message}</Alert>}
      <TextFieldControl control={control} name="email" label={t("dashboard.inviteEmail")} type="email" required />
      <TextFieldControl control={control} name="role" label={t("dashboard.inviteRole")} select>
        <MenuItem value="UNIVERSITY_SUPERVISOR">{t("roles.UNIVERSITY_SUPERVISOR")}</MenuItem>
        <MenuItem value="UNIVERSITY_ADMIN">{t("roles.UNIVERSITY_ADMIN")}</MenuItem>
      </TextFieldControl>
      <Button type="submit" variant="contained" disabled={formState.isSubmitting} sx={{ alignSelf: "flex-start" }}>
        {t("dashboard.inviteButton")}
      </Button>
    </Stack>
  );
}
