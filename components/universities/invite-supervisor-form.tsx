"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { inviteSupervisorAction } from "@/app/(app)/university/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { inviteSupervisorSchema } from "@/lib/universities/schemas";

type Department = { id: string; name: string };

/** A university admin invites an academic supervisor by name and e-mail, in one of its departments or none. */
export function InviteSupervisorForm({
  universityId,
  departments,
}: {
  universityId: string;
  departments: Department[];
}) {
  const t = useTranslations("universities.supervisors");
  const form = useForm({
    resolver: yupResolver(inviteSupervisorSchema),
    defaultValues: { name: "", email: "", departmentId: "" },
  });
  const { onSubmit, pending, outcome } = useFormAction(form, inviteSupervisorAction, {
    toInput: (values) => ({ ...values, universityId }),
    success: (invitation) => t("invited", { email: invitation.email }),
    // The next colleague is often from the same department.
    onSuccess: () => form.reset({ ...form.getValues(), name: "", email: "" }),
  });
  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
      <ActionOutcome outcome={outcome} />
      <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", md: "1fr 1fr 1fr" } }}>
        <TextFieldControl
          control={form.control}
          name="name"
          label={t("name")}
          required
          maxLength={120}
          autoComplete="off"
        />
        <TextFieldControl
          control={form.control}
          name="email"
          label={t("email")}
          type="email"
          required
          autoComplete="off"
        />
        <TextFieldControl
          control={form.control}
          name="departmentId"
          label={t("department")}
          select
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">{t("noDepartment")}</MenuItem>
          {departments.map((department) => (
            <MenuItem key={department.id} value={department.id}>
              {department.name}
            </MenuItem>
          ))}
        </TextFieldControl>
      </Box>
      <Button type="submit" variant="contained" disabled={pending} sx={{ alignSelf: "flex-start" }}>
        {t("invite")}
      </Button>
    </Stack>
  );
}
