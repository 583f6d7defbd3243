"use client";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { save } from "@/app/(app)/agreements/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import type { AgreementView } from "@/lib/agreements/agreement-view";
import { INSURANCE_MAX } from "@/lib/agreements/schemas";

type Values = {
  startDate: string;
  endDate: string;
  weeklyHours: string;
  stipendAmount: string;
  place: string;
  tasks: string;
  tutorName: string;
  tutorEmail: string;
  legalRepName: string;
  legalRepEmail: string;
  insurance: string;
};

const day = (value: Date | string) => new Date(value).toISOString().slice(0, 10);

/** The parties edit a draft here; each change is kept in the history. */
export function AgreementEditForm({ agreement }: { agreement: AgreementView }) {
  const t = useTranslations("agreements.page");
  const form = useForm<Values>({
    defaultValues: {
      startDate: day(agreement.startDate),
      endDate: day(agreement.endDate),
      weeklyHours: String(agreement.weeklyHours),
      stipendAmount: agreement.stipendAmount === null ? "" : String(agreement.stipendAmount),
      place: agreement.place ?? "",
      tasks: agreement.tasks ?? "",
      tutorName: agreement.tutorName ?? "",
      tutorEmail: agreement.tutorEmail ?? "",
      legalRepName: agreement.legalRepName ?? "",
      legalRepEmail: agreement.legalRepEmail ?? "",
      insurance: agreement.insurance ?? "",
    },
  });
  const { onSubmit, pending, outcome } = useFormAction(form, save, {
    success: t("saved"),
    toInput: (values) => ({ id: agreement.id, values }),
  });
  const { control } = form;
  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
      <ActionOutcome outcome={outcome} />
      {agreement.status === "SIGNING" && (
        <ActionOutcome outcome={{ ok: false, code: "CONFLICT", message: t("changeResets") }} />
      )}
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <TextFieldControl
          control={control}
          name="startDate"
          label={t("fields.startDate")}
          type="date"
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextFieldControl
          control={control}
          name="endDate"
          label={t("fields.endDate")}
          type="date"
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextFieldControl control={control} name="weeklyHours" label={t("fields.weeklyHours")} type="number" />
        <TextFieldControl control={control} name="stipendAmount" label={t("fields.stipendAmount")} type="number" />
      </Stack>
      <TextFieldControl control={control} name="place" label={t("fields.place")} />
      <TextFieldControl control={control} name="tasks" label={t("fields.tasks")} multiline minRows={3} />
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <TextFieldControl control={control} name="tutorName" label={t("fields.tutorName")} fullWidth />
        <TextFieldControl control={control} name="tutorEmail" label={t("fields.tutorEmail")} type="email" fullWidth />
      </Stack>
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <TextFieldControl control={control} name="legalRepName" label={t("fields.legalRepName")} fullWidth />
        <TextFieldControl
          control={control}
          name="legalRepEmail"
          label={t("fields.legalRepEmail")}
          type="email"
          fullWidth
        />
      </Stack>
      <TextFieldControl
        control={control}
        name="insurance"
        label={t("fields.insurance")}
        helperText={t("fields.insuranceHint")}
        maxLength={INSURANCE_MAX}
        fullWidth
      />
      <Button type="submit" variant="outlined" disabled={pending} sx={{ alignSelf: "flex-start" }}>
        {t("save")}
      </Button>
    </Stack>
  );
}
