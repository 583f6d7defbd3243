"use client";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { updateSource } from "@/app/(app)/admin/imports/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";
import type { ImportSourceView } from "@/lib/imports/source-view";
import { ImportSourceForm, sourceInputOf } from "./import-source-form";
import { RunNowButton } from "./run-now-button";

/** A source's buttons: run now, edit (the form opens below), disable or enable. */
export function SourceControls({ source, enterprise = false }: { source: ImportSourceView; enterprise?: boolean }) {
  const t = useTranslations("imports.admin");
  const [editing, setEditing] = useState(false);
  const toggle = useAction(updateSource, { success: source.enabled ? t("disabledDone") : t("enabledDone") });
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap", alignItems: "flex-start" }}>
        <RunNowButton sourceId={source.id} />
        <Button size="small" variant="outlined" onClick={() => setEditing((open) => !open)} aria-expanded={editing}>
          {t("edit")}
        </Button>
        <Button
          size="small"
          variant="outlined"
          color={source.enabled ? "warning" : "primary"}
          disabled={toggle.pending}
          onClick={() =>
            void toggle.execute({ sourceId: source.id, source: { ...sourceInputOf(source), enabled: !source.enabled } })
          }
        >
          {source.enabled ? t("disable") : t("enable")}
        </Button>
      </Stack>
      <ActionOutcome outcome={toggle.outcome} />
      {editing && <ImportSourceForm source={source} enterprise={enterprise} onDone={() => setEditing(false)} />}
    </Stack>
  );
}

/** "Add a source": the empty form, opened on demand. */
export function NewSourceButton({ enterprise = false }: { enterprise?: boolean }) {
  const t = useTranslations("imports.admin");
  const [open, setOpen] = useState(false);
  return open ? (
    <ImportSourceForm enterprise={enterprise} onDone={() => setOpen(false)} />
  ) : (
    <Button variant="contained" onClick={() => setOpen(true)} sx={{ alignSelf: "flex-start" }}>
      {t("add")}
    </Button>
  );
}
