"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { addProgram } from "@/app/(app)/university/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { programSchema } from "@/lib/universities/schemas";
import { ProgramLevelYearsFields } from "./program-fields";

type Department = { id: string; name: string };

/** A university admin adds a program to one of its departments: name, level, length in years. */
export function ProgramForm({ universityId, departments }: { universityId: string; departments: Department[] }) {
  const t = useTranslations("universities.structure");
  const form = useForm({
    resolver: yupResolver(programSchema),
    defaultValues: { departmentId: departments[0]?.id ?? "", name: "", level: "MASTER", years: 2 },
  });
  const { onSubmit, pending, outcome } = useFormAction(form, addProgram, {
    toInput: (values) => ({ ...values, universityId }),
    success: (program) => t("programAdded", { name: program.name }),
    // The next program is often in the same department, at the same level.
    onSuccess: () => form.reset({ ...form.getValues(), name: "" }),
  });
  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
      <ActionOutcome outcome={outcome} />
      <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", md: "2fr 2fr 1.3fr 1fr" } }}>
        <TextFieldControl control={form.control} name="name" label={t("programName")} required maxLength={120} />
        <TextFieldControl control={form.control} name="departmentId" label={t("department")} select required>
          {departments.map((department) => (
            <MenuItem key={department.id} value={department.id}>
              {department.name}
            </MenuItem>
          ))}
        </TextFieldControl>
        <ProgramLevelYearsFields control={form.control} />
      </Box>
      <Button type="submit" variant="contained" disabled={pending} sx={{ alignSelf: "flex-start" }}>
        {t("addProgram")}
      </Button>
    </Stack>
  );
}
