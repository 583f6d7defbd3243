"use client";
import DeleteOutline from "@mui/icons-material/DeleteOutlined";
import Button from "@mui/material/Button";
import FormControlLabel from "@mui/material/FormControlLabel";
import Snackbar from "@mui/material/Snackbar";
import Switch from "@mui/material/Switch";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { changeSearchAlerts, removeSavedSearch } from "@/app/(app)/student/searches/actions";
import { useActionErrors } from "@/components/ui/form-errors";

/** A saved search's daily alert switch and its delete button. */
export function SavedSearchControls({ id, name, alertsEnabled }: { id: string; name: string; alertsEnabled: boolean }) {
  const t = useTranslations("search.saved");
  const toMessage = useActionErrors(() => {});
  const router = useRouter();
  const [alerts, setAlerts] = useState(alertsEnabled);
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();

  const toggle = (next: boolean) => {
    setAlerts(next);
    startTransition(async () => {
      const result = await changeSearchAlerts({ id, alertsEnabled: next });
      if (!result.ok) {
        setAlerts(!next);
        setMessage(toMessage(result.error));
      }
    });
  };
  const remove = () =>
    startTransition(async () => {
      const result = await removeSavedSearch({ id });
      setMessage(result.ok ? t("deleted") : toMessage(result.error));
      if (result.ok) router.refresh();
    });

  return (
    <>
      <FormControlLabel control={<Switch checked={alerts} onChange={(event) => toggle(event.target.checked)} disabled={pending} />} label={t("alerts")} />
      <Button color="error" startIcon={<DeleteOutline />} onClick={remove} disabled={pending} aria-label={t("deleteLabel", { name })}>
        {t("delete")}
      </Button>
      <Snackbar open={Boolean(message)} autoHideDuration={6000} onClose={() => setMessage(undefined)} message={message} />
    </>
  );
}
