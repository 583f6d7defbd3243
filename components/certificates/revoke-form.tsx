"use client";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { reinstateCertificateAction, revokeCertificateAction } from "@/app/(app)/university/certificates/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";

/**
 * A university admin, or the internship's supervisor, revokes or reinstates a certificate with a
 * reason (shown on the public verification page): by its serial, or the one given.
 */
export function RevokeForm(props: { serial?: string }) {
  const t = useTranslations("certificates.staff");
  const [typed, setSerial] = useState("");
  const serial = props.serial ?? typed;
  const [reason, setReason] = useState("");
  const revoke = useAction(revokeCertificateAction, { success: (data) => t("revoked", { serial: data.serial }) });
  const reinstate = useAction(reinstateCertificateAction, {
    success: (data) => t("reinstated", { serial: data.serial }),
  });
  const pending = revoke.pending || reinstate.pending;
  return (
    <Stack spacing={2} sx={{ maxWidth: 560 }}>
      {props.serial === undefined && (
        <TextField label={t("serial")} value={serial} onChange={(e) => setSerial(e.target.value)} size="small" />
      )}
      <TextField
        label={t("reason")}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        size="small"
        multiline
        slotProps={{ htmlInput: { maxLength: 500 } }}
      />
      <Stack direction="row" spacing={2}>
        <Button color="error" variant="contained" disabled={pending} onClick={() => revoke.execute({ serial, reason })}>
          {t("revoke")}
        </Button>
        <Button variant="outlined" disabled={pending} onClick={() => reinstate.execute({ serial, reason })}>
          {t("reinstate")}
        </Button>
      </Stack>
      <ActionOutcome outcome={revoke.outcome ?? reinstate.outcome} />
    </Stack>
  );
}
