"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import MenuItem from "@mui/material/MenuItem";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { bulkMove } from "@/app/(app)/enterprise/offers/[id]/applicants/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { MESSAGE_MAX, REJECTION_REASONS, statusChangeSchema } from "@/lib/applications/schemas";
import { RejectionTemplatePicker, type FilledTemplate } from "./rejection-template-picker";

type Values = { status: "REJECTED"; reason: string; message: string };
export type BulkResult = Extract<Awaited<ReturnType<typeof bulkMove>>, { ok: true }>["data"];

/**
 * Declines the selected applications with one reason, and either one message to every student or
 * a template the server fills in for each of them (name, offer, language), previewed for the first.
 */
export function BulkRejectDialog({
  ids,
  previewName,
  open,
  onClose,
  onDone,
}: {
  ids: string[];
  /** The first selected applicant, whose filled-in template is previewed. */
  previewName: string;
  open: boolean;
  onClose: () => void;
  onDone: (result: BulkResult) => void;
}) {
  const t = useTranslations("applications");
  const titleId = useId();
  const form = useForm<Values>({
    resolver: yupResolver(statusChangeSchema) as never,
    defaultValues: { status: "REJECTED", reason: "", message: "" },
  });
  const [template, setTemplate] = useState<FilledTemplate | null>(null);
  const close = () => {
    setTemplate(null);
    onClose();
  };
  const { onSubmit, pending, outcome } = useFormAction(form, bulkMove, {
    toInput: ({ reason, message }) => ({
      ids,
      status: "REJECTED",
      reason,
      ...(template ? { templateId: template.id } : { message }),
    }),
    reset: true,
    onSuccess: (result) => {
      close();
      onDone(result);
    },
  });
  return (
    <Dialog open={open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id={titleId}>{t("pipeline.bulkRejectTitle", { count: ids.length })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <ActionOutcome outcome={outcome} />
            {open && ids[0] && (
              <RejectionTemplatePicker
                applicationId={ids[0]}
                onPick={(picked) => {
                  setTemplate(picked);
                  if (picked.reason) form.setValue("reason", picked.reason);
                }}
                onClear={() => setTemplate(null)}
              />
            )}
            <TextFieldControl control={form.control} name="reason" label={t("reject.reason")} select required>
              {REJECTION_REASONS.map((reason) => (
                <MenuItem key={reason} value={reason}>
                  {t(`rejectionReasons.${reason}`)}
                </MenuItem>
              ))}
            </TextFieldControl>
            {template ? (
              <div>
                <Typography variant="body2" sx={{ mb: 1 }}>
                  {t("pipeline.bulkTemplateNote", { name: previewName })}
                </Typography>
                <Paper variant="outlined" sx={{ p: 1.5, whiteSpace: "pre-wrap" }} data-testid="bulk-template-preview">
                  <Typography variant="body2">{template.message}</Typography>
                </Paper>
              </div>
            ) : (
              <TextFieldControl
                control={form.control}
                name="message"
                label={t("pipeline.bulkMessage")}
                helperText={t("reject.messageHint")}
                maxLength={MESSAGE_MAX}
                multiline
                minRows={4}
              />
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{t("reject.cancel")}</Button>
          <Button type="submit" color="error" variant="contained" disabled={pending}>
            {t("reject.confirm")}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
