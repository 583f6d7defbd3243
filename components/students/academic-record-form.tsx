"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Grid from "@mui/material/Grid";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { addRecord } from "@/app/(app)/student/profile/actions";
import { useActionErrors } from "@/components/ui/form-errors";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { academicRecordSchema } from "@/lib/students/schemas";
import { useOutcome } from "./use-outcome";

const EMPTY = { institution: "", degree: "", field: "", startDate: "", endDate: "", grade: "" };
const dateProps = { type: "date", slotProps: { inputLabel: { shrink: true } } } as const;

export function AcademicRecordForm() {
  const t = useTranslations("students.records");
  const router = useRouter();
  const { outcome, succeed, fail } = useOutcome();
  const { control, handleSubmit, setError, reset, formState } = useForm({
    resolver: yupResolver(academicRecordSchema, {}, { raw: true }),
    defaultValues: EMPTY,
  });
  const toMessage = useActionErrors(setError);

  const onSubmit = handleSubmit(async (values) => {
    const result = await addRecord(values);
    if (!result.ok) return fail(toMessage(result.error));
    reset(EMPTY);
    succeed(t("added"));
    router.refresh();
  });

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate aria-label={t("addTitle")}>
      {outcome && <Alert severity={outcome.ok ? "success" : "error"}>{outcome.message}</Alert>}
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
      <Button type="submit" variant="outlined" disabled={formState.isSubmitting} sx={{ alignSelf: "flex-start" }}>
        {t("add")}
      </Button>
    </Stack>
  );
}
