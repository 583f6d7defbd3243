"use client";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import TextField from "@mui/material/TextField";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { withdraw } from "@/app/(app)/student/applications/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";
import { WITHDRAWAL_REASON_MAX } from "@/lib/applications/schemas";

/** Withdraws an open application after a confirmation, with an optional reason for the enterprise. */
export function WithdrawButton({ applicationId, enterprise }: { applicationId: string; enterprise: string }) {
  const t = useTranslations("applications.mine");
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const titleId = useId();
  const { execute, pending, outcome } = useAction(withdraw, {
    success: t("withdrawn"),
    onSuccess: () => setOpen(false),
  });
  return (
    <>
      <Button color="error" onClick={() => setOpen(true)}>
        {t("withdraw")}
      </Button>
      {!open && <ActionOutcome outcome={outcome} sx={{ mt: 1 }} />}
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <DialogTitle id={titleId}>{t("withdrawTitle")}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t("withdrawLead", { enterprise })}</DialogContentText>
          <ActionOutcome outcome={outcome} sx={{ mb: 2 }} />
          <TextField
            label={t("withdrawReason")}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            multiline
            minRows={2}
            fullWidth
            slotProps={{ htmlInput: { maxLength: WITHDRAWAL_REASON_MAX } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{t("cancel")}</Button>
          <Button
            color="error"
            variant="contained"
            disabled={pending}
            onClick={() => void execute({ id: applicationId, reason: reason.trim() || undefined })}
          >
            {t("withdrawConfirm")}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
