"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { invite } from "@/app/(app)/university/staff/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { inviteStaffSchema } from "@/lib/identity/schemas";

export function InviteStaffForm({ universityId }: { universityId: string }) {
  const t = useTranslations();
  const form = useForm({
    resolver: yupResolver(inviteStaffSchema),
    defaultValues: { email: "", role: "UNIVERSITY_SUPERVISOR", universityId },
  });
  const { control } = form;
  const { onSubmit, pending, outcome } = useFormAction(form, invite, {
    success: (_, values) => t("dashboard.invited", { email: values.email }),
    onSuccess: (_, values) => form.reset({ email: "", role: values.role, universityId }),
  });

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
      <ActionOutcome outcome={outcome} />
      <TextFieldControl control={control} name="email" label={t("dashboard.inviteEmail")} type="email" required />
      <TextFieldControl control={control} name="role" label={t("dashboard.inviteRole")} select>
        <MenuItem value="UNIVERSITY_SUPERVISOR">{t("roles.UNIVERSITY_SUPERVISOR")}</MenuItem>
        <MenuItem value="UNIVERSITY_ADMIN">{t("roles.UNIVERSITY_ADMIN")}</MenuItem>
      </TextFieldControl>
      <Button type="submit" variant="contained" disabled={pending} sx={{ alignSelf: "flex-start" }}>
        {t("dashboard.inviteButton")}
      </Button>
    </Stack>
  );
}
