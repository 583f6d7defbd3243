"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { changeStatusOfInternship } from "@/app/(app)/internships/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useAction } from "@/components/ui/use-action";
import { useFormAction } from "@/components/ui/use-form-action";
import { statusSchema, TERMINATION_REASON_MAX } from "@/lib/internships/schemas";

type Values = { status: "TERMINATED"; reason: string };

/**
 * The supervisor's and university admin's controls at the end: complete (refused, with what is
 * missing, until the report and final evaluations are in), or end early with a reason.
 */
export function StatusControls({ internshipId, canComplete }: { internshipId: string; canComplete: boolean }) {
  const t = useTranslations("internships.end");
  const [confirming, setConfirming] = useState(false);
  const complete = useAction(changeStatusOfInternship, { success: t("completed") });
  const form = useForm<Values>({
    resolver: yupResolver(statusSchema) as never,
    defaultValues: { status: "TERMINATED", reason: "" },
  });
  const terminate = useFormAction(form, changeStatusOfInternship, {
    toInput: (values) => ({ id: internshipId, ...values }),
    success: t("terminated"),
    onSuccess: () => setConfirming(false),
  });
  return (
    <Stack spacing={2}>
      {canComplete && (
        <div>
          <ActionOutcome outcome={complete.outcome} sx={{ mb: 1 }} />
          <Button
            variant="contained"
            disabled={complete.pending}
            onClick={() => complete.execute({ id: internshipId, status: "COMPLETED" })}
          >
            {t("complete")}
          </Button>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {t("completeHint")}
          </Typography>
        </div>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void form.trigger().then((valid) => valid && setConfirming(true));
        }}
        noValidate
      >
        <Stack spacing={1}>
          <ActionOutcome outcome={terminate.outcome} />
          <TextFieldControl
            control={form.control}
            name="reason"
            label={t("reason")}
            multiline
            minRows={2}
            maxLength={TERMINATION_REASON_MAX}
          />
          <div>
            <Button type="submit" color="error" variant="outlined">
              {t("terminate")}
            </Button>
          </div>
        </Stack>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t("confirmTitle")}
        body={t("confirmBody")}
        confirmLabel={t("terminate")}
        color="error"
        pending={terminate.pending}
        onConfirm={() => void terminate.onSubmit()}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}
