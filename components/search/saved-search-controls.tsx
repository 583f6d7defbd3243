"use client";
import DeleteOutline from "@mui/icons-material/DeleteOutlined";
import Button from "@mui/material/Button";
import FormControlLabel from "@mui/material/FormControlLabel";
import Switch from "@mui/material/Switch";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { changeSearchAlerts, removeSavedSearch } from "@/app/(app)/student/searches/actions";
import { ActionSnackbar } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";

/** A saved search's daily alert switch and its delete button. */
export function SavedSearchControls({ id, name, alertsEnabled }: { id: string; name: string; alertsEnabled: boolean }) {
  const t = useTranslations("search.saved");
  const [alerts, setAlerts] = useState(alertsEnabled);
  const change = useAction(changeSearchAlerts, { refresh: false });
  const removal = useAction(removeSavedSearch, { success: t("deleted") });
  const pending = change.pending || removal.pending;

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
        onClick={() => removal.execute({ id })}
        disabled={pending}
        aria-label={t("deleteLabel", { name })}
      >
        {t("delete")}
      </Button>
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
