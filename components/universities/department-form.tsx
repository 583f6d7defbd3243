"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { addDepartment } from "@/app/(app)/university/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { departmentSchema } from "@/lib/universities/schemas";

/** A university admin adds a department by name. */
export function DepartmentForm({ universityId }: { universityId: string }) {
  const t = useTranslations("universities.structure");
  const form = useForm({ resolver: yupResolver(departmentSchema), defaultValues: { name: "" } });
  const { onSubmit, pending, outcome } = useFormAction(form, addDepartment, {
    toInput: (values) => ({ ...values, universityId }),
    success: (department) => t("departmentAdded", { name: department.name }),
    reset: true,
  });
  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
      <ActionOutcome outcome={outcome} />
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2} sx={{ alignItems: { sm: "flex-start" } }}>
        <TextFieldControl
          control={form.control}
          name="name"
          id="department-name"
          label={t("departmentName")}
          required
          maxLength={120}
        />
        <Button type="submit" variant="contained" disabled={pending} sx={{ flexShrink: 0, mt: { sm: 1 } }}>
          {t("addDepartment")}
        </Button>
      </Stack>
    </Stack>
  );
}
