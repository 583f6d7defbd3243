"use client";
import FormControlLabel from "@mui/material/FormControlLabel";
import FormHelperText from "@mui/material/FormHelperText";
import Switch from "@mui/material/Switch";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { saveProfile } from "@/app/(app)/student/profile/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";

export function VisibilitySwitch({ visible }: { visible: boolean }) {
  const t = useTranslations("students.visibility");
  const [checked, setChecked] = useState(visible);
  const { execute, pending, outcome } = useAction(saveProfile, { success: t("saved") });

  const change = async (next: boolean) => {
    setChecked(next);
    if (!(await execute({ visibleToEnterprises: next })).ok) setChecked(!next);
  };

  return (
    <>
      <ActionOutcome outcome={outcome} sx={{ mb: 2 }} />
      <FormControlLabel
        control={
          <Switch
            checked={checked}
            onChange={(event) => change(event.target.checked)}
            slotProps={{ input: { "aria-describedby": "visibility-help", "aria-busy": pending } as object }}
          />
        }
        label={t("label")}
      />
      <FormHelperText id="visibility-help">{checked ? t("on") : t("off")}</FormHelperText>
    </>
  );
}
