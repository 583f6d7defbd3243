"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { useForm } from "react-hook-form";
import { moveApplication } from "@/app/(app)/enterprise/applications/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { MESSAGE_MAX, REJECTION_REASONS, statusChangeSchema } from "@/lib/applications/schemas";
import { RejectionTemplatePicker } from "./rejection-template-picker";

type Values = { status: "REJECTED"; reason: string; message: string };

/** Declines an application: a reason from the list (kept by the enterprise) and an optional message to the student. */
export function RejectDialog({
  applicationId,
  name,
  open,
  onClose,
  onDone,
}: {
  applicationId: string;
  name: string;
  open: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const t = useTranslations("applications.reject");
  const reasons = useTranslations("applications.rejectionReasons");
  const status = useTranslations("applications.status");
  const titleId = useId();
  const form = useForm<Values>({
    resolver: yupResolver(statusChangeSchema) as never,
    defaultValues: { status: "REJECTED", reason: "", message: "" },
  });
  const { onSubmit, pending, outcome } = useFormAction(form, moveApplication, {
    toInput: (change) => ({ id: applicationId, change }),
    reset: true,
    onSuccess: () => {
      onClose();
      onDone(status("REJECTED"));
    },
  });
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id={titleId}>{t("title", { name })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <ActionOutcome outcome={outcome} />
            {open && (
              <RejectionTemplatePicker
                applicationId={applicationId}
                onPick={(tpl) => {
                  if (tpl.reason) form.setValue("reason", tpl.reason);
                  form.setValue("message", tpl.message);
                }}
              />
            )}
            <TextFieldControl control={form.control} name="reason" label={t("reason")} select required>
              {REJECTION_REASONS.map((reason) => (
                <MenuItem key={reason} value={reason}>
                  {reasons(reason)}
                </MenuItem>
              ))}
            </TextFieldControl>
            <TextFieldControl
              control={form.control}
              name="message"
              label={t("message", { name })}
              helperText={t("messageHint")}
              maxLength={MESSAGE_MAX}
              multiline
              minRows={4}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t("cancel")}</Button>
          <Button type="submit" color="error" variant="contained" disabled={pending}>
            {t("confirm")}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
