"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { invite } from "@/app/(app)/university/staff/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { inviteStaffSchema } from "@/lib/identity/schemas";

/** Invites another administrator of the university (supervisors have their own form, with a name and a department). */
export function InviteStaffForm({ universityId }: { universityId: string }) {
  const t = useTranslations("universities.supervisors");
  const form = useForm({
    resolver: yupResolver(inviteStaffSchema),
    defaultValues: { email: "", role: "UNIVERSITY_ADMIN", universityId },
  });
  const { control } = form;
  const { onSubmit, pending, outcome } = useFormAction(form, invite, {
    success: (_, values) => t("invited", { email: values.email }),
    onSuccess: () => form.reset({ email: "", role: "UNIVERSITY_ADMIN", universityId }),
  });

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
      <ActionOutcome outcome={outcome} />
      <TextFieldControl control={control} name="email" label={t("adminEmail")} type="email" required />
      <Button type="submit" variant="outlined" disabled={pending} sx={{ alignSelf: "flex-start" }}>
        {t("adminInvite")}
      </Button>
    </Stack>
  );
}
