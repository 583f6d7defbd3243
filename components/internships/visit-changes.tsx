"use client";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { cancelVisitAction, moveVisitAction } from "@/app/(app)/internships/[id]/visits/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useAction } from "@/components/ui/use-action";
import { useFormAction } from "@/components/ui/use-form-action";

/**
 * The supervisor moves a scheduled visit to a new date (the browser's wall time, sent as a UTC
 * instant) or cancels it after confirming; everyone gets the updated invitation or the cancellation.
 */
export function VisitChanges({
  internshipId,
  visitId,
  movable,
}: {
  internshipId: string;
  visitId: string;
  movable: boolean;
}) {
  const t = useTranslations("internships.visits");
  const [moving, setMoving] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const form = useForm<{ startsAt: string }>({ defaultValues: { startsAt: "" } });
  const move = useFormAction(form, moveVisitAction, {
    success: t("moved"),
    onSuccess: () => setMoving(false),
    toInput: ({ startsAt }) => ({
      id: internshipId,
      visitId,
      values: { startsAt: startsAt ? new Date(startsAt).toISOString() : "" },
    }),
  });
  const cancel = useAction(cancelVisitAction, { success: t("cancelled"), onSuccess: () => setConfirming(false) });
  return (
    <Stack spacing={1} sx={{ mt: 1 }}>
      <ActionOutcome outcome={move.outcome ?? cancel.outcome} />
      {moving ? (
        <Stack
          component="form"
          direction="row"
          spacing={1}
          onSubmit={move.onSubmit}
          noValidate
          aria-label={t("moveSend")}
        >
          <TextFieldControl
            control={form.control}
            name="startsAt"
            label={t("moveTitle")}
            type="datetime-local"
            required
            size="small"
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <Button type="submit" variant="contained" size="small" disabled={move.pending}>
            {t("moveSend")}
          </Button>
          <Button size="small" onClick={() => setMoving(false)}>
            {t("keep")}
          </Button>
        </Stack>
      ) : (
        <Stack direction="row" spacing={1}>
          {movable && (
            <Button size="small" variant="outlined" onClick={() => setMoving(true)}>
              {t("move")}
            </Button>
          )}
          <Button size="small" color="error" disabled={cancel.pending} onClick={() => setConfirming(true)}>
            {t("cancel")}
          </Button>
        </Stack>
      )}
      <ConfirmDialog
        open={confirming}
        title={t("cancel")}
        body={t("cancelConfirm")}
        confirmLabel={t("cancel")}
        color="error"
        pending={cancel.pending}
        onConfirm={() => void cancel.execute({ id: internshipId, visitId })}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}
