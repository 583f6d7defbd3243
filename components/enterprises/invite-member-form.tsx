"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { invite } from "@/app/(app)/enterprise/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { inviteMemberSchema, MEMBER_ROLES } from "@/lib/enterprises/schemas";

/** Invites a colleague by e-mail with a role in the enterprise. */
export function InviteMemberForm() {
  const t = useTranslations("enterprises.members");
  const roles = useTranslations("enums.memberRole");
  const form = useForm({ resolver: yupResolver(inviteMemberSchema), defaultValues: { email: "", role: "RECRUITER" } });
  const { control } = form;
  const { onSubmit, pending, outcome } = useFormAction(form, invite, {
    success: (_, values) => t("invited", { email: values.email }),
    onSuccess: (_, values) => form.reset({ email: "", role: values.role }),
  });

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate aria-label={t("inviteTitle")}>
      <ActionOutcome outcome={outcome} />
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <TextFieldControl
          control={control}
          name="email"
          label={t("inviteEmail")}
          type="email"
          autoComplete="off"
          required
        />
        <TextFieldControl
          control={control}
          name="role"
          label={t("inviteRole")}
          select
          helperText={t("roleHint")}
          sx={{ maxWidth: { sm: 240 } }}
        >
          {MEMBER_ROLES.map((role) => (
            <MenuItem key={role} value={role}>
              {roles(role)}
            </MenuItem>
          ))}
        </TextFieldControl>
      </Stack>
      <Button type="submit" variant="contained" disabled={pending} sx={{ alignSelf: "flex-start" }}>
        {t("inviteButton")}
      </Button>
    </Stack>
  );
}
