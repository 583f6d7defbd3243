"use client";
import DeleteOutline from "@mui/icons-material/DeleteOutlined";
import Button from "@mui/material/Button";
import FormControlLabel from "@mui/material/FormControlLabel";
import Switch from "@mui/material/Switch";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { changeSearchAlerts, removeSavedSearch } from "@/app/(app)/student/searches/actions";
import { ActionSnackbar } from "@/components/ui/action-outcome";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAction } from "@/components/ui/use-action";

/** A saved search's daily alert switch and its delete button (asked about first). */
export function SavedSearchControls({ id, name, alertsEnabled }: { id: string; name: string; alertsEnabled: boolean }) {
  const t = useTranslations("search.saved");
  const [alerts, setAlerts] = useState(alertsEnabled);
  const change = useAction(changeSearchAlerts, { refresh: false });
  const removal = useAction(removeSavedSearch, { success: t("deleted") });
  const pending = change.pending || removal.pending;
  const [asking, setAsking] = useState(false);

  const toggle = async (next: boolean) => {
    setAlerts(next);
    if (!(await change.execute({ id, alertsEnabled: next })).ok) setAlerts(!next);
  };

  return (
    <>
      <FormControlLabel
        control={<Switch checked={alerts} onChange={(event) => toggle(event.target.checked)} disabled={pending} />}
        label={t("alerts")}
      />
      <Button
        color="error"
        startIcon={<DeleteOutline />}
        onClick={() => setAsking(true)}
        disabled={pending}
        aria-label={t("deleteLabel", { name })}
      >
        {t("delete")}
      </Button>
      <ConfirmDialog
        open={asking}
        title={t("confirmTitle", { name })}
        body={t("confirmBody")}
        confirmLabel={t("delete")}
        color="error"
        pending={pending}
        onConfirm={() => {
          setAsking(false);
          void removal.execute({ id });
        }}
        onClose={() => setAsking(false)}
      />
      <ActionSnackbar
        outcome={change.outcome ?? removal.outcome}
        onClose={() => {
          change.reset();
          removal.reset();
        }}
      />
    </>
  );
}
