"use client";
import Alert from "@mui/material/Alert";
import FormControlLabel from "@mui/material/FormControlLabel";
import FormHelperText from "@mui/material/FormHelperText";
import Switch from "@mui/material/Switch";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { saveProfile } from "@/app/(app)/student/profile/actions";
import { useActionErrors } from "@/components/ui/form-errors";
import { useOutcome } from "./use-outcome";

export function VisibilitySwitch({ visible }: { visible: boolean }) {
  const t = useTranslations("students.visibility");
  const toMessage = useActionErrors(() => {});
  const router = useRouter();
  const [checked, setChecked] = useState(visible);
  const [pending, startTransition] = useTransition();
  const { outcome, succeed, fail } = useOutcome();

  const change = (next: boolean) => {
    setChecked(next);
    startTransition(async () => {
      const result = await saveProfile({ visibleToEnterprises: next });
      if (!result.ok) {
        setChecked(!next);
        return fail(toMessage(result.error));
      }
      succeed(t("saved"));
      router.refresh();
    });
  };

  return (
    <>
      {outcome && (
        <Alert severity={outcome.ok ? "success" : "error"} sx={{ mb: 2 }}>
          {outcome.message}
        </Alert>
      )}
      <FormControlLabel
        control={<Switch checked={checked} onChange={(event) => change(event.target.checked)} slotProps={{ input: { "aria-describedby": "visibility-help", "aria-busy": pending } as object }} />}
        label={t("label")}
      />
      <FormHelperText id="visibility-help">{checked ? t("on") : t("off")}</FormHelperText>
    </>
  );
}
