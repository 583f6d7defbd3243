"use client";
import Button from "@mui/material/Button";
import Link from "@mui/material/Link";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useFormatter, useTranslations } from "next-intl";
import { bookSlot, cancelBooking } from "@/app/(app)/student/applications/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";
import type { SlotItem } from "./interview-slots-editor";

export type BookingItem = {
  id: string;
  slotId: string;
  status: string;
  bookingClosesAt: string;
  /** Before the notice cut-off: the student may still move or cancel it. */
  changeable: boolean;
  slot: { startsAt: string; timeZone: string; location: string | null; meetingUrl: string | null };
};

/** The student's interview: their booking (place or link, calendar file, cancel), and the open slots to book or move to. */
export function InterviewBooking({
  applicationId,
  booking,
  slots,
}: {
  applicationId: string;
  booking: BookingItem | null;
  slots: SlotItem[];
}) {
  const t = useTranslations("applications.interviews");
  const format = useFormatter();
  const when = (iso: string, timeZone: string) =>
    `${format.dateTime(new Date(iso), { dateStyle: "full", timeStyle: "short", timeZone })} (${timeZone})`;
  const book = useAction(bookSlot, { success: t("bookedOk") });
  const cancel = useAction(cancelBooking, { success: t("cancelledOk") });
  const active = booking?.status === "BOOKED" ? booking : null;
  const canChange = active ? active.changeable : true;
  return (
    <Stack spacing={2}>
      <ActionOutcome outcome={book.outcome ?? cancel.outcome} />
      {active ? (
        <Stack spacing={1}>
          <Typography>{t("yourInterview", { when: when(active.slot.startsAt, active.slot.timeZone) })}</Typography>
          {active.slot.location && <Typography>{active.slot.location}</Typography>}
          {active.slot.meetingUrl && (
            <Link href={active.slot.meetingUrl} rel="noopener noreferrer" target="_blank">
              {active.slot.meetingUrl}
            </Link>
          )}
          <Link href={`/api/v1/bookings/${active.id}/invite.ics`} download>
            {t("downloadIcs")}
          </Link>
          {canChange ? (
            <Button
              color="error"
              sx={{ alignSelf: "flex-start" }}
              disabled={cancel.pending}
              onClick={() => void cancel.execute({ id: active.id })}
            >
              {t("cancel")}
            </Button>
          ) : (
            <Typography color="text.secondary">{t("tooLate")}</Typography>
          )}
        </Stack>
      ) : (
        <Typography>{t("choose")}</Typography>
      )}
      {canChange && (
        <>
          {slots.filter((slot) => slot.id !== active?.slotId).length === 0 ? (
            <Typography color="text.secondary">{t("noOpenSlots")}</Typography>
          ) : (
            <List dense aria-label={t("openSlots")}>
              {slots
                .filter((slot) => slot.id !== active?.slotId)
                .map((slot) => (
                  <ListItem
                    key={slot.id}
                    secondaryAction={
                      <Button
                        size="small"
                        variant="outlined"
                        disabled={book.pending || slot.placesLeft === 0}
                        onClick={() => void book.execute({ slotId: slot.id, applicationId })}
                      >
                        {active ? t("moveHere") : t("book")}
                      </Button>
                    }
                  >
                    <ListItemText
                      primary={when(slot.startsAt, slot.timeZone)}
                      secondary={`${slot.location ?? slot.meetingUrl ?? ""} · ${t("places", { left: slot.placesLeft, capacity: slot.capacity })}`}
                    />
                  </ListItem>
                ))}
            </List>
          )}
        </>
      )}
    </Stack>
  );
}
