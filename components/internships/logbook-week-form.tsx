"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useRef } from "react";
import { useForm } from "react-hook-form";
import { saveLogbookWeek } from "@/app/(app)/internships/actions";
import { useOfflineLogbook } from "@/components/pwa/use-offline-logbook";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { activitySchema, LEARNINGS_MAX, SUMMARY_MAX } from "@/lib/internships/schemas";
import { MarkdownToolbar } from "./markdown-toolbar";

type Entry = { weekStart: string; summary: string; learnings: string | null; hours: number | null };
type Values = { weekStart: string; summary: string; learnings: string; hours: string };

/**
 * The student's logbook form: a week of the internship (its Monday, the latest first), what they
 * did and learned, the hours. Choosing a week already written loads its entry for editing.
 */
export function LogbookWeekForm({
  internshipId,
  weeks,
  entries,
}: {
  internshipId: string;
  weeks: string[];
  entries: Entry[];
}) {
  const t = useTranslations("internships.logbook");
  const format = useFormatter();
  const valuesOf = (weekStart: string): Values => {
    const entry = entries.find((e) => e.weekStart.slice(0, 10) === weekStart);
    return {
      weekStart,
      summary: entry?.summary ?? "",
      learnings: entry?.learnings ?? "",
      hours: entry?.hours === null || entry?.hours === undefined ? "" : String(entry.hours),
    };
  };
  const form = useForm<Values>({
    resolver: yupResolver(activitySchema) as never,
    defaultValues: valuesOf(weeks[0] ?? ""),
  });
  const { onSubmit, pending, outcome } = useFormAction(form, saveLogbookWeek, {
    toInput: (values) => ({ id: internshipId, values }),
    success: t("saved"),
  });
  const summaryRef = useRef<HTMLTextAreaElement | null>(null);
  const learningsRef = useRef<HTMLTextAreaElement | null>(null);
  const ids = { summary: useId(), learnings: useId() };
  const edit = (name: "summary" | "learnings") => (value: string) =>
    form.setValue(name, value, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  // Offline, the week is kept on this device and sent when the network returns.
  const offline = useOfflineLogbook(internshipId);
  return (
    <form onSubmit={offline.online ? onSubmit : form.handleSubmit(offline.keep)} noValidate>
      <Stack spacing={2}>
        <ActionOutcome outcome={offline.online ? (outcome ?? offline.outcome) : (offline.outcome ?? outcome)} />
        <TextFieldControl
          control={form.control}
          name="weekStart"
          label={t("weekStart")}
          select
          required
          onChange={(event) => form.reset(valuesOf(event.target.value))}
        >
          {weeks.map((week) => (
            <MenuItem key={week} value={week}>
              {t("weekOf", {
                date: format.dateTime(new Date(`${week}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }),
              })}
            </MenuItem>
          ))}
        </TextFieldControl>
        <Stack spacing={0.5}>
          <MarkdownToolbar target={summaryRef} onChange={edit("summary")} controls={ids.summary} />
          <TextFieldControl
            control={form.control}
            name="summary"
            id={ids.summary}
            label={t("summary")}
            required
            multiline
            minRows={3}
            maxLength={SUMMARY_MAX}
            inputRef={summaryRef}
            helperText={t("formattingHint")}
          />
        </Stack>
        <Stack spacing={0.5}>
          <MarkdownToolbar target={learningsRef} onChange={edit("learnings")} controls={ids.learnings} />
          <TextFieldControl
            control={form.control}
            name="learnings"
            id={ids.learnings}
            label={t("learnings")}
            multiline
            minRows={2}
            maxLength={LEARNINGS_MAX}
            inputRef={learningsRef}
          />
        </Stack>
        <TextFieldControl
          control={form.control}
          name="hours"
          label={t("hours")}
          type="number"
          slotProps={{ htmlInput: { min: 0, max: 80, inputMode: "numeric" } }}
          sx={{ maxWidth: 200 }}
        />
        <div>
          <Button type="submit" variant="contained" disabled={pending}>
            {t("save")}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
