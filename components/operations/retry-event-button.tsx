"use client";
import Button from "@mui/material/Button";
import { useTranslations } from "next-intl";
import { retryEventAction } from "@/app/(app)/admin/health/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";

/** "Retry now" on a failed event: it is due at once, and the relay delivers it after the action. */
export function RetryEventButton({ eventId }: { eventId: string }) {
  const t = useTranslations("admin.health");
  const { execute, pending, outcome } = useAction(retryEventAction, { success: t("retried") });
  return (
    <>
      <Button variant="outlined" size="small" disabled={pending} onClick={() => void execute(eventId)}>
        {t("retry")}
      </Button>
      <ActionOutcome outcome={outcome} sx={{ mt: 1 }} />
    </>
  );
}
