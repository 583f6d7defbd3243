"use client";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { decide } from "@/app/(app)/admin/verifications/actions";
import { useActionErrors, useFieldMessage } from "@/components/ui/form-errors";

/** A system admin's decision on one request: verify, or refuse with a reason the enterprise will read. */
export function VerificationDecision({ enterpriseId }: { enterpriseId: string }) {
  const t = useTranslations("admin.verifications");
  const fieldMessage = useFieldMessage();
  const toMessage = useActionErrors(() => {});
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const reasonId = `reason-${enterpriseId}`;

  const send = async (decision: "VERIFY" | "REJECT") => {
    setFormError(undefined);
    setReasonError(undefined);
    if (decision === "REJECT" && reason.trim().length === 0) return setReasonError(fieldMessage("reasonRequired"));
    setBusy(true);
    const result = await decide({ enterpriseId, decision, reason: decision === "REJECT" ? reason : undefined });
    setBusy(false);
    if (result.ok) return router.replace(`/admin/verifications?decided=${result.data.verificationId}`, { scroll: false });
    const code = result.error.fieldErrors?.reason;
    if (code) setReasonError(fieldMessage(code));
    setFormError(toMessage(result.error));
  };

  return (
    <Stack spacing={2}>
      {formError && <Alert severity="error">{formError}</Alert>}
      <TextField
        id={reasonId}
        label={t("reason")}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={Boolean(reasonError)}
        helperText={reasonError ?? t("reasonHint")}
        multiline
        minRows={2}
        fullWidth
        slotProps={{ htmlInput: { maxLength: 1000 } }}
      />
      <Stack direction="row" spacing={2}>
        <Button variant="contained" color="success" onClick={() => send("VERIFY")} disabled={busy}>
          {t("verify")}
        </Button>
        <Button variant="outlined" color="error" onClick={() => send("REJECT")} disabled={busy}>
          {t("reject")}
        </Button>
      </Stack>
    </Stack>
  );
}
