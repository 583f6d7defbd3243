"use client";
import Button from "@mui/material/Button";
import { useTranslations } from "next-intl";
import { runImportNow } from "@/app/(app)/admin/imports/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";

/** "Run now" on a source: the run is queued and its report appears on the page once refreshed. */
export function RunNowButton({ sourceId }: { sourceId: string }) {
  const t = useTranslations("imports.admin");
  const { execute, pending, outcome } = useAction(runImportNow, { success: t("runQueued") });
  return (
    <>
      <Button variant="outlined" size="small" disabled={pending} onClick={() => void execute(sourceId)}>
        {t("runNow")}
      </Button>
      <ActionOutcome outcome={outcome} sx={{ mt: 1 }} />
    </>
  );
}
