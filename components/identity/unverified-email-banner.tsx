"use client";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import { useTranslations } from "next-intl";
import { sendVerificationAgain } from "@/app/(auth)/actions";
import { useAction } from "@/components/ui/use-action";

export function UnverifiedEmailBanner() {
  const t = useTranslations("auth");
  const { execute, pending, outcome } = useAction(sendVerificationAgain, { success: t("resent"), refresh: false });
  return (
    <Alert
      severity="warning"
      sx={{ mb: 3 }}
      action={
        <Button color="inherit" size="small" onClick={() => execute(null)} disabled={pending}>
          {t("resend")}
        </Button>
      }
    >
      {outcome?.message ?? t("unverifiedBanner")}
    </Alert>
  );
}
