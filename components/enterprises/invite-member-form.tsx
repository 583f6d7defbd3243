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
import { invite } from "@/app/(app)/enterprise/actions";
import { useActionErrors } from "@/components/ui/form-errors";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { inviteMemberSchema, MEMBER_ROLES } from "@/lib/enterprises/schemas";

/** Invites a colleague by e-mail with a role in the enterprise. */
export function InviteMemberForm() {
  const t = useTranslations("enterprises.members");
  const roles = useTranslations("enums.memberRole");
  const router = useRouter();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string }>();
  const { control, handleSubmit, setError, reset, formState } = useForm({
    resolver: yupResolver(inviteMemberSchema),
    defaultValues: { email: "", role: "RECRUITER" },
  });
  const toMessage = useActionErrors(setError);

  const onSubmit = handleSubmit(async (values) => {
    const result = await invite(values);
    if (result.ok) {
      reset({ email: "", role: values.role });
      router.refresh();
    }
    if (result.ok) return setOutcome({ ok: true, message: t("invited", { email: values.email }) });
    const message = toMessage(result.error);
    // A field error (address already in use) says it all beside the field.
    setOutcome(result.error.fieldErrors ? undefined : { ok: false, message });
  });

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate aria-label={t("inviteTitle")}>
      {outcome && <Alert severity={outcome.ok ? "success" : "error"}>{outcome.message}</Alert>}
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <TextFieldControl control={control} name="email" label={t("inviteEmail")} type="email" autoComplete="off" required />
        <TextFieldControl control={control} name="role" label={t("inviteRole")} select helperText={t("roleHint")} sx={{ maxWidth: { sm: 240 } }}>
          {MEMBER_ROLES.map((role) => (
            <MenuItem key={role} value={role}>
              {roles(role)}
            </MenuItem>
          ))}
        </TextFieldControl>
      </Stack>
      <Button type="submit" variant="contained" disabled={formState.isSubmitting} sx={{ alignSelf: "flex-start" }}>
        {t("inviteButton")}
      </Button>
    </Stack>
  );
}
