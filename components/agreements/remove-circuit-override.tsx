"use client";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { removeCircuitOverride } from "@/app/(app)/agreements/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";

/** Removes a department's own circuit and articles, after a confirmation: it follows the university's again. */
export function RemoveCircuitOverride({ universityId, departmentId }: { universityId: string; departmentId: string }) {
  const t = useTranslations("agreements.circuit.scope");
  const [asking, setAsking] = useState(false);
  const { execute, pending, outcome } = useAction(removeCircuitOverride, {
    success: t("removed"),
    onSuccess: () => setAsking(false),
  });
  return (
    <Stack spacing={1} sx={{ mt: 3, alignItems: "flex-start" }}>
      <ActionOutcome outcome={outcome} />
      {asking ? (
        <>
          <Typography>{t("removeConfirm")}</Typography>
          <Stack direction="row" spacing={1}>
            <Button
              color="error"
              variant="contained"
              disabled={pending}
              onClick={() => void execute({ universityId, departmentId })}
            >
              {t("remove")}
            </Button>
            <Button onClick={() => setAsking(false)} disabled={pending}>
              {t("keep")}
            </Button>
          </Stack>
        </>
      ) : (
        <Button color="error" variant="outlined" onClick={() => setAsking(true)}>
          {t("remove")}
        </Button>
      )}
    </Stack>
  );
}
