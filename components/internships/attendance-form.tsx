"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { recordAttendanceDay } from "@/app/(app)/internships/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { ABSENCE_REASONS, ATTENDANCE_STATUSES, attendanceSchema, NOTE_MAX } from "@/lib/internships/schemas";

type Values = { date: string; status: string; hours: string; absenceReason: string; note: string };

/** One day of attendance, by the student or the tutor: present, remote (hours), or absent with a reason. */
export function AttendanceForm({ internshipId, today, min }: { internshipId: string; today: string; min: string }) {
  const t = useTranslations("internships.attendance");
  const statuses = useTranslations("internships.attendanceStatus");
  const reasons = useTranslations("internships.absenceReason");
  const form = useForm<Values>({
    resolver: yupResolver(attendanceSchema) as never,
    defaultValues: { date: today, status: "PRESENT", hours: "", absenceReason: "", note: "" },
  });
  const absent = useWatch({ control: form.control, name: "status" }) === "ABSENT";
  const { onSubmit, pending, outcome } = useFormAction(form, recordAttendanceDay, {
    toInput: (values) => ({ id: internshipId, values }),
    success: t("saved"),
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack spacing={2}>
        <ActionOutcome outcome={outcome} />
        <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
          <TextFieldControl
            control={form.control}
            name="date"
            label={t("date")}
            type="date"
            required
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { min, max: today } }}
          />
          <TextFieldControl control={form.control} name="status" label={t("status")} select required>
            {ATTENDANCE_STATUSES.map((status) => (
              <MenuItem key={status} value={status}>
                {statuses(status)}
              </MenuItem>
            ))}
          </TextFieldControl>
          {absent ? (
            <TextFieldControl control={form.control} name="absenceReason" label={t("reason")} select required>
              {ABSENCE_REASONS.map((reason) => (
                <MenuItem key={reason} value={reason}>
                  {reasons(reason)}
                </MenuItem>
              ))}
            </TextFieldControl>
          ) : (
            <TextFieldControl
              control={form.control}
              name="hours"
              label={t("dayHours")}
              type="number"
              helperText={t("dayHoursHint")}
              slotProps={{ htmlInput: { min: 0, max: 24, step: 0.5 } }}
            />
          )}
        </Stack>
        <TextFieldControl control={form.control} name="note" label={t("note")} maxLength={NOTE_MAX} />
        <div>
          <Button type="submit" variant="contained" disabled={pending}>
            {t("save")}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
