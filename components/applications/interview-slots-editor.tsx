"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useFormatter, useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { deleteSlot, publishSlot } from "@/app/(app)/enterprise/applications/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useAction } from "@/components/ui/use-action";
import { useFormAction } from "@/components/ui/use-form-action";
import { interviewSlotSchema } from "@/lib/applications/schemas";

export type SlotItem = {
  id: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  location: string | null;
  meetingUrl: string | null;
  capacity: number;
  placesLeft: number;
};

type Values = {
  startsAt: string;
  durationMinutes: number;
  location: string;
  meetingUrl: string;
  capacity: number;
  minNoticeMinutes: number;
  bufferMinutes: number;
  timeZone: string;
};

/** The offer's interview slots for its admins and recruiters: the list, delete, and a form to add one. */
export function InterviewSlotsEditor({
  offerId,
  slots,
  canEdit,
}: {
  offerId: string;
  slots: SlotItem[];
  canEdit: boolean;
}) {
  const t = useTranslations("applications.interviews");
  const format = useFormatter();
  const form = useForm<Values>({
    // The browser's wall time is sent as an instant; the zone shown to both sides is the browser's.
    resolver: yupResolver(interviewSlotSchema) as never,
    defaultValues: {
      startsAt: "",
      durationMinutes: 30,
      location: "",
      meetingUrl: "",
      capacity: 1,
      minNoticeMinutes: 1440,
      bufferMinutes: 0,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    },
  });
  const { onSubmit, pending, outcome } = useFormAction(form, publishSlot, {
    success: t("published"),
    reset: true,
    toInput: (values) => ({
      offerId,
      slot: { ...values, startsAt: values.startsAt ? new Date(values.startsAt).toISOString() : values.startsAt },
    }),
  });
  const remove = useAction(deleteSlot, { success: t("deleted") });
  return (
    <Stack spacing={2}>
      {slots.length === 0 ? (
        <Typography color="text.secondary">{t("noSlots")}</Typography>
      ) : (
        <List dense aria-label={t("slotsTitle")}>
          {slots.map((slot) => (
            <ListItem
              key={slot.id}
              secondaryAction={
                canEdit && (
                  <Button
                    color="error"
                    size="small"
                    disabled={remove.pending}
                    onClick={() => void remove.execute({ id: slot.id })}
                  >
                    {t("delete")}
                  </Button>
                )
              }
            >
              <ListItemText
                primary={`${format.dateTime(new Date(slot.startsAt), { dateStyle: "full", timeStyle: "short", timeZone: slot.timeZone })} (${slot.timeZone})`}
                secondary={`${slot.location ?? slot.meetingUrl ?? ""} · ${t("places", { left: slot.placesLeft, capacity: slot.capacity })}`}
              />
            </ListItem>
          ))}
        </List>
      )}
      <ActionOutcome outcome={remove.outcome} />
      {canEdit && (
        <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate aria-label={t("addTitle")}>
          <Typography variant="h3" component="h3" sx={{ fontSize: "1rem" }}>
            {t("addTitle")}
          </Typography>
          <ActionOutcome outcome={outcome} />
          <TextFieldControl
            control={form.control}
            name="startsAt"
            label={t("startsAt")}
            type="datetime-local"
            required
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextFieldControl
            control={form.control}
            name="durationMinutes"
            label={t("duration")}
            type="number"
            required
          />
          <TextFieldControl control={form.control} name="location" label={t("location")} />
          <TextFieldControl control={form.control} name="meetingUrl" label={t("meetingUrl")} type="url" />
          <TextFieldControl control={form.control} name="capacity" label={t("capacity")} type="number" />
          <TextFieldControl control={form.control} name="minNoticeMinutes" label={t("notice")} type="number" />
          <TextFieldControl control={form.control} name="bufferMinutes" label={t("buffer")} type="number" />
          <TextFieldControl control={form.control} name="timeZone" label={t("timeZone")} />
          <Button type="submit" variant="contained" disabled={pending} sx={{ alignSelf: "flex-start" }}>
            {t("publish")}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
