"use client";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { remind } from "@/app/(app)/agreements/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";
import type { BulkReminderOutcome } from "@/lib/agreements/remind-agreements";

/** The name of the board's row checkboxes, which this button reads. */
export const REMINDER_CHECKBOX = "remindAgreement";

/**
 * "Send a reminder" for the agreements ticked on the board: says how many were sent and, for
 * those skipped, why (already reminded today, not waiting for a signature…).
 */
export function BulkReminderButton({ universityId }: { universityId: string }) {
  const t = useTranslations("agreements.list");
  const message = (data: BulkReminderOutcome) => {
    const sent = t("reminded", { count: data.reminded.length });
    if (!data.skipped.length) return sent;
    const reasons = [...new Set(data.skipped.map((s) => t(`skipReasons.${s.reason}`)))].join(", ");
    return `${sent} ${t("skipped", { count: data.skipped.length, list: reasons })}`;
  };
  const { execute, pending, outcome } = useAction(remind, { success: message });
  const send = () => {
    const ids = [...document.querySelectorAll<HTMLInputElement>(`input[name="${REMINDER_CHECKBOX}"]:checked`)].map(
      (box) => box.value,
    );
    void execute({ universityId, ids });
  };
  return (
    <Stack spacing={1} sx={{ alignItems: "flex-start", mb: 2 }}>
      <ActionOutcome outcome={outcome} />
      <Button variant="contained" onClick={send} disabled={pending}>
        {t("remind")}
      </Button>
    </Stack>
  );
}
