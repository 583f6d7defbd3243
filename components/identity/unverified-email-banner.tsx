"use client";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { sendVerificationAgain } from "@/app/(auth)/actions";
import { useActionErrors } from "@/components/ui/form-errors";

export function UnverifiedEmailBanner() {
  const t = useTranslations("auth");
  const toMessage = useActionErrors(() => {});
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const resend = async () => {
    setBusy(true);
    const result = await sendVerificationAgain(null);
    setMessage(result.ok ? t("resent") : toMessage(result.error));
    setBusy(false);
  };
  return (
    <Alert
      severity="warning"
      sx={{ mb: 3 }}
      action={
        <Button color="inherit" size="small" onClick={resend} disabled={busy}>
          {t("resend")}
        </Button>
      }
    >
      {message ?? t("unverifiedBanner")}
    </Alert>
  );
}
