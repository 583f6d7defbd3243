"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { closeFilledOffer } from "@/app/(app)/enterprise/applications/[id]/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { closeWhenFilledSchema, MESSAGE_MAX } from "@/lib/applications/schemas";

/**
 * Shown once the last position of the offer is filled while applicants still wait: closes the
 * offer and declines them (position filled, with an optional message) in one step.
 */
export function PositionsFilled({
  offerId,
  positions,
  accepted,
  open: waiting,
}: {
  offerId: string;
  positions: number;
  accepted: number;
  open: number;
}) {
  const t = useTranslations("applications.filled");
  const tApp = useTranslations("app");
  const [asking, setAsking] = useState(false);
  const titleId = useId();
  const form = useForm<{ message: string }>({
    resolver: yupResolver(closeWhenFilledSchema) as never,
    defaultValues: { message: "" },
  });
  const { onSubmit, pending, outcome } = useFormAction(form, closeFilledOffer, {
    toInput: ({ message }) => ({ offerId, message }),
    success: (data) => t("done", { declined: data.declined }),
    onSuccess: () => setAsking(false),
  });
  return (
    <Stack spacing={1}>
      <ActionOutcome outcome={asking ? undefined : outcome} />
      <Alert
        severity="success"
        action={
          <Button color="inherit" size="small" onClick={() => setAsking(true)}>
            {t("action")}
          </Button>
        }
      >
        <AlertTitle>{t("title")}</AlertTitle>
        {t("body", { positions, accepted, open: waiting })}
      </Alert>
      <Dialog open={asking} onClose={() => setAsking(false)} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <form onSubmit={onSubmit} noValidate>
          <DialogTitle id={titleId}>{t("confirmTitle", { open: waiting })}</DialogTitle>
          <DialogContent>
            <Stack spacing={2}>
              <DialogContentText>{t("confirmBody", { open: waiting })}</DialogContentText>
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
            <Button onClick={() => setAsking(false)}>{tApp("cancel")}</Button>
            <Button type="submit" color="warning" variant="contained" disabled={pending}>
              {t("confirm")}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </Stack>
  );
}
