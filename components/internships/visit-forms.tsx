"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useFormatter, useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import {
  pickVisitSlotAction,
  proposeVisitAction,
  reportVisitAction,
} from "@/app/(app)/internships/[id]/visits/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useAction } from "@/components/ui/use-action";
import { useFormAction } from "@/components/ui/use-form-action";
import {
  VISIT_FOLLOW_UP_MAX,
  VISIT_KINDS,
  VISIT_MODES,
  VISIT_NOTES_MAX,
  visitReportSchema,
} from "@/lib/internships/schemas";

const SLOT_FIELDS = ["slot0", "slot1", "slot2"] as const;
type ProposeValues = {
  kind: string;
  slot0: string;
  slot1: string;
  slot2: string;
  durationMinutes: number;
  location: string;
  meetingUrl: string;
  timeZone: string;
};

/**
 * The supervisor offers up to three dates (the browser's wall time, sent as UTC instants, shown in
 * the browser's zone to everyone) for a visit, a call or a video call; the server checks them.
 */
export function ProposeVisitForm({ internshipId }: { internshipId: string }) {
  const t = useTranslations("internships.visits");
  const form = useForm<ProposeValues>({
    defaultValues: {
      kind: "VISIT",
      slot0: "",
      slot1: "",
      slot2: "",
      durationMinutes: 60,
      location: "",
      meetingUrl: "",
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    },
  });
  const { onSubmit, pending, outcome } = useFormAction(form, proposeVisitAction, {
    success: t("proposed"),
    reset: true,
    toInput: ({ slot0, slot1, slot2, ...values }) => ({
      id: internshipId,
      values: {
        ...values,
        slots: [slot0, slot1, slot2].filter(Boolean).map((local) => new Date(local).toISOString()),
      },
    }),
  });
  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate aria-label={t("propose")}>
      <ActionOutcome outcome={outcome} />
      <TextFieldControl control={form.control} name="kind" label={t("kindLabel")} select required>
        {VISIT_KINDS.map((kind) => (
          <MenuItem key={kind} value={kind}>
            {t(`kind.${kind}`)}
          </MenuItem>
        ))}
      </TextFieldControl>
      {SLOT_FIELDS.map((name, i) => (
        <TextFieldControl
          key={name}
          control={form.control}
          name={name}
          label={t("slot", { number: i + 1 })}
          type="datetime-local"
          required={i === 0}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      ))}
      <TextFieldControl control={form.control} name="durationMinutes" label={t("duration")} type="number" required />
      <TextFieldControl control={form.control} name="location" label={t("location")} />
      <TextFieldControl control={form.control} name="meetingUrl" label={t("meetingUrl")} type="url" />
      <TextFieldControl control={form.control} name="timeZone" label={t("timeZone")} />
      <Button type="submit" variant="contained" disabled={pending} sx={{ alignSelf: "flex-start" }}>
        {t("send")}
      </Button>
    </Stack>
  );
}

/** The tutor or the student picks one of the dates offered; closed ones are shown, not offered. */
export function PickVisitSlot({
  internshipId,
  visitId,
  timeZone,
  slots,
}: {
  internshipId: string;
  visitId: string;
  timeZone: string;
  slots: { id: string; startsAt: string; open: boolean }[];
}) {
  const t = useTranslations("internships.visits");
  const format = useFormatter();
  const { execute, pending, outcome } = useAction(pickVisitSlotAction, { success: t("picked") });
  const when = (iso: string) =>
    `${format.dateTime(new Date(iso), { dateStyle: "full", timeStyle: "short", timeZone })} (${timeZone})`;
  return (
    <Stack spacing={1} sx={{ mt: 1 }}>
      <Typography variant="body2">{t("pickHint")}</Typography>
      <ActionOutcome outcome={outcome} />
      <Stack direction="row" spacing={1} sx={{ flexWrap: "wrap", gap: 1 }}>
        {slots.map((slot) =>
          slot.open ? (
            <Button
              key={slot.id}
              variant="outlined"
              size="small"
              disabled={pending}
              onClick={() => void execute({ id: internshipId, visitId, slotId: slot.id })}
            >
              {t("pick", { date: when(slot.startsAt) })}
            </Button>
          ) : (
            <Typography key={slot.id} variant="body2" color="text.secondary">
              {t("closed", { date: when(slot.startsAt) })}
            </Typography>
          ),
        )}
      </Stack>
    </Stack>
  );
}

type ReportValues = { heldOn: string; mode: string; notes: string; followUp: string };

/** The supervisor's report of a visit held: the day, on site or remote, notes and the follow-up. */
export function VisitReportForm({
  internshipId,
  visitId,
  day,
}: {
  internshipId: string;
  visitId: string;
  day: string;
}) {
  const t = useTranslations("internships.visits");
  const form = useForm<ReportValues>({
    resolver: yupResolver(visitReportSchema) as never,
    defaultValues: { heldOn: day, mode: "ON_SITE", notes: "", followUp: "" },
  });
  const { onSubmit, pending, outcome } = useFormAction(form, reportVisitAction, {
    success: t("reported"),
    toInput: (values) => ({ id: internshipId, visitId, values }),
  });
  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate aria-label={t("report")} sx={{ mt: 1 }}>
      <ActionOutcome outcome={outcome} />
      <TextFieldControl
        control={form.control}
        name="heldOn"
        label={t("heldOn")}
        type="date"
        required
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextFieldControl control={form.control} name="mode" label={t("modeLabel")} select required>
        {VISIT_MODES.map((mode) => (
          <MenuItem key={mode} value={mode}>
            {t(`mode.${mode}`)}
          </MenuItem>
        ))}
      </TextFieldControl>
      <TextFieldControl
        control={form.control}
        name="notes"
        label={t("notes")}
        multiline
        minRows={3}
        maxLength={VISIT_NOTES_MAX}
        required
      />
      <TextFieldControl
        control={form.control}
        name="followUp"
        label={t("followUp")}
        multiline
        minRows={2}
        maxLength={VISIT_FOLLOW_UP_MAX}
      />
      <Button type="submit" variant="contained" disabled={pending} sx={{ alignSelf: "flex-start" }}>
        {t("saveReport")}
      </Button>
    </Stack>
  );
}
