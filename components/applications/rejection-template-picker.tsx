"use client";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { templatesFor } from "@/app/(app)/enterprise/templates/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";
import type { RejectionReason } from "@/lib/generated/prisma/enums";

export type FilledTemplate = { id: string; name: string; reason: RejectionReason | null; message: string };
type Filled = FilledTemplate;

/**
 * In the refusal dialog: the enterprise's templates, filled in for this application (student's
 * name, offer, enterprise, in the student's language). Picking one fills in the message and its
 * usual reason; the recruiter edits them before sending.
 */
export function RejectionTemplatePicker({
  applicationId,
  onPick,
  onClear,
}: {
  applicationId: string;
  onPick: (template: Filled) => void;
  /** "No template" chosen again. */
  onClear?: () => void;
}) {
  const t = useTranslations("evaluations.templates");
  const [templates, setTemplates] = useState<Filled[] | null>(null);
  const [chosen, setChosen] = useState("");
  const { execute, outcome } = useAction(templatesFor, { refresh: false, onSuccess: setTemplates });
  useEffect(() => {
    void execute({ applicationId });
    // Loaded once per dialog opening.
  }, [applicationId]); // eslint-disable-line react-hooks/exhaustive-deps
  if (outcome && !outcome.ok) return <ActionOutcome outcome={outcome} />;
  return (
    <TextField
      select
      fullWidth
      label={templates ? t("pick") : t("loading")}
      value={chosen}
      disabled={!templates}
      onChange={(event) => {
        setChosen(event.target.value);
        const template = templates?.find((tpl) => tpl.id === event.target.value);
        if (template) onPick(template);
        else onClear?.();
      }}
      helperText={<a href="/enterprise/templates">{t("manage")}</a>}
    >
      <MenuItem value="">{t("pickNone")}</MenuItem>
      {(templates ?? []).map((tpl) => (
        <MenuItem key={tpl.id} value={tpl.id}>
          {tpl.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
