"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import Grid from "@mui/material/Grid";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { addRecord } from "@/app/(app)/student/profile/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { academicRecordSchema } from "@/lib/students/schemas";

const EMPTY = { institution: "", degree: "", field: "", startDate: "", endDate: "", grade: "" };
const dateProps = { type: "date", slotProps: { inputLabel: { shrink: true } } } as const;

export function AcademicRecordForm() {
  const t = useTranslations("students.records");
  const form = useForm({ resolver: yupResolver(academicRecordSchema, {}, { raw: true }), defaultValues: EMPTY });
  const { control } = form;
  const { onSubmit, pending, outcome } = useFormAction(form, addRecord, { success: t("added"), reset: true });

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate aria-label={t("addTitle")}>
      <ActionOutcome outcome={outcome} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <TextFieldControl control={control} name="degree" label={t("degree")} required />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <TextFieldControl control={control} name="institution" label={t("institution")} required />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <TextFieldControl control={control} name="field" label={t("field")} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <TextFieldControl control={control} name="grade" label={t("grade")} />
        </Grid>
        <Grid size={{ xs: 6 }}>
          <TextFieldControl control={control} name="startDate" label={t("startDate")} {...dateProps} />
        </Grid>
        <Grid size={{ xs: 6 }}>
          <TextFieldControl control={control} name="endDate" label={t("endDate")} {...dateProps} />
        </Grid>
      </Grid>
      <Button type="submit" variant="outlined" disabled={pending} sx={{ alignSelf: "flex-start" }}>
        {t("add")}
      </Button>
    </Stack>
  );
}
