"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import Link from "@mui/material/Link";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { cancelInterview, recordOutcome } from "@/app/(app)/enterprise/applications/[id]/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import {
  cancelBookingSchema,
  interviewOutcomeSchema,
  MESSAGE_MAX,
  OUTCOME_NOTES_MAX,
} from "@/lib/applications/schemas";

export type EnterpriseBooking = {
  id: string;
  status: "BOOKED" | "CANCELLED" | "DONE" | "NO_SHOW";
  outcomeNotes: string | null;
  outcomeAt: string | null;
  cancellationNote: string | null;
  slot: { startsAt: string; timeZone: string; location: string | null; meetingUrl: string | null };
};

/**
 * The applicant's interview as the enterprise sees it: when and where, its calendar invitation,
 * cancelling it until it starts (with a message the student is told), and once it has started,
 * recording whether it was held or a no-show, with notes.
 */
export function EnterpriseInterview({
  booking,
  started,
  name,
  canDecide,
}: {
  booking: EnterpriseBooking | null;
  /** Whether the interview has started (decided by the server when it rendered the page). */
  started: boolean;
  name: string;
  canDecide: boolean;
}) {
  const t = useTranslations("applications.enterpriseInterview");
  const format = useFormatter();
  if (!booking) return <Typography color="text.secondary">{t("none")}</Typography>;
  const { slot } = booking;
  const startsAt = new Date(slot.startsAt);
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: "center", flexWrap: "wrap" }}>
        <Typography>
          {t("when", {
            when: format.dateTime(startsAt, { dateStyle: "full", timeStyle: "short", timeZone: slot.timeZone }),
            zone: slot.timeZone,
          })}
        </Typography>
        <Chip
          size="small"
          label={t(`bookingStatus.${booking.status}`)}
          color={booking.status === "CANCELLED" || booking.status === "NO_SHOW" ? "default" : "primary"}
        />
      </Stack>
      {(slot.location || slot.meetingUrl) && <Typography>{slot.location ?? slot.meetingUrl}</Typography>}
      <Link href={`/api/v1/bookings/${booking.id}/invite.ics`}>{t("ics")}</Link>
      {booking.status === "CANCELLED" && booking.cancellationNote && (
        <Typography color="text.secondary">{t("cancelledNote", { note: booking.cancellationNote })}</Typography>
      )}
      {booking.outcomeAt && (
        <Typography color="text.secondary">
          {t("recorded", { date: format.dateTime(new Date(booking.outcomeAt), { dateStyle: "long" }) })}
          {booking.outcomeNotes ? ` — ${booking.outcomeNotes}` : ""}
        </Typography>
      )}
      {canDecide && booking.status === "BOOKED" && !started && <CancelInterview bookingId={booking.id} name={name} />}
      {canDecide && booking.status !== "CANCELLED" && started && <OutcomeForm booking={booking} />}
      {canDecide && booking.status === "BOOKED" && !started && (
        <Typography variant="body2" color="text.secondary">
          {t("notStarted")}
        </Typography>
      )}
    </Stack>
  );
}

function CancelInterview({ bookingId, name }: { bookingId: string; name: string }) {
  const t = useTranslations("applications.enterpriseInterview");
  const tApp = useTranslations("app");
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const form = useForm<{ message: string }>({
    resolver: yupResolver(cancelBookingSchema) as never,
    defaultValues: { message: "" },
  });
  const { onSubmit, pending, outcome } = useFormAction(form, cancelInterview, {
    toInput: ({ message }) => ({ id: bookingId, message }),
    success: t("cancelled"),
    onSuccess: () => setOpen(false),
  });
  return (
    <>
      <ActionOutcome outcome={open ? undefined : outcome} />
      <Button color="error" variant="outlined" onClick={() => setOpen(true)} sx={{ alignSelf: "flex-start" }}>
        {t("cancel")}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <form onSubmit={onSubmit} noValidate>
          <DialogTitle id={titleId}>{t("cancelTitle", { name })}</DialogTitle>
          <DialogContent>
            <Stack spacing={2}>
              <DialogContentText>{t("cancelBody", { name })}</DialogContentText>
              <ActionOutcome outcome={outcome} />
              <TextFieldControl
                control={form.control}
                name="message"
                label={t("message")}
                maxLength={MESSAGE_MAX}
                multiline
                minRows={3}
              />
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{tApp("cancel")}</Button>
            <Button type="submit" color="error" variant="contained" disabled={pending}>
              {t("cancelConfirm")}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}

function OutcomeForm({ booking }: { booking: EnterpriseBooking }) {
  const t = useTranslations("applications.enterpriseInterview");
  const form = useForm<{ outcome: string; notes: string }>({
    resolver: yupResolver(interviewOutcomeSchema) as never,
    defaultValues: {
      outcome: booking.status === "DONE" || booking.status === "NO_SHOW" ? booking.status : "",
      notes: booking.outcomeNotes ?? "",
    },
  });
  const { onSubmit, pending, outcome } = useFormAction(form, recordOutcome, {
    toInput: (values) => ({ id: booking.id, ...values }),
    success: t("outcomeSaved"),
  });
  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate aria-label={t("outcomeTitle")}>
      <Typography variant="h3" component="h3" sx={{ fontSize: "1rem" }}>
        {t("outcomeTitle")}
      </Typography>
      <ActionOutcome outcome={outcome} />
      <TextFieldControl control={form.control} name="outcome" label={t("outcomeTitle")} select required>
        {(["DONE", "NO_SHOW"] as const).map((value) => (
          <MenuItem key={value} value={value}>
            {t(`outcome.${value}`)}
          </MenuItem>
        ))}
      </TextFieldControl>
      <TextFieldControl
        control={form.control}
        name="notes"
        label={t("notes")}
        maxLength={OUTCOME_NOTES_MAX}
        multiline
        minRows={3}
      />
      <Button type="submit" variant="contained" disabled={pending} sx={{ alignSelf: "flex-start" }}>
        {t("saveOutcome")}
      </Button>
    </Stack>
  );
}
