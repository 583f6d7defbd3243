"use client";
import Button from "@mui/material/Button";
import { useTranslations } from "next-intl";
import { readAllNotifications } from "@/app/(app)/notifications/actions";
import { ActionSnackbar } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";

export function MarkAllReadButton({ disabled }: { disabled: boolean }) {
  const t = useTranslations("notifications");
  const { execute, pending, outcome, reset } = useAction(readAllNotifications, { success: t("markedAll") });
  return (
    <>
      <Button variant="outlined" disabled={disabled || pending} onClick={() => void execute(null)}>
        {t("markAll")}
      </Button>
      <ActionSnackbar outcome={outcome} onClose={reset} />
    </>
  );
}
