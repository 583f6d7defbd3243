"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { decide } from "@/app/(app)/admin/verifications/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { maxLengthOf } from "@/lib/core/limit-messages";
import { verificationDecisionSchema } from "@/lib/enterprises/schemas";

type Decision = "VERIFY" | "REJECT";

/** A system admin's decision on one request: verify, or refuse with a reason the enterprise will read. */
export function VerificationDecision({ enterpriseId }: { enterpriseId: string }) {
  const t = useTranslations("admin.verifications");
  const router = useRouter();
  const form = useForm({
    resolver: yupResolver(verificationDecisionSchema),
    defaultValues: { decision: "VERIFY" as Decision, reason: "" },
  });
  const { onSubmit, pending, outcome } = useFormAction(form, decide, {
    toInput: (values) => ({ enterpriseId, ...values }),
    refresh: false,
    onSuccess: (data) => router.replace(`/admin/verifications?decided=${data.verificationId}`, { scroll: false }),
  });
  const send = (decision: Decision) => {
    form.setValue("decision", decision);
    void onSubmit();
  };

  return (
    <Stack spacing={2} component="form" noValidate onSubmit={(event) => event.preventDefault()}>
      <ActionOutcome outcome={outcome} />
      <TextFieldControl
        control={form.control}
        name="reason"
        label={t("reason")}
        helperText={t("reasonHint")}
        maxLength={maxLengthOf(verificationDecisionSchema, "reason")}
        multiline
        minRows={2}
      />
      <Stack direction="row" spacing={2}>
        <Button variant="contained" color="success" onClick={() => send("VERIFY")} disabled={pending}>
          {t("verify")}
        </Button>
        <Button variant="outlined" color="error" onClick={() => send("REJECT")} disabled={pending}>
          {t("reject")}
        </Button>
      </Stack>
    </Stack>
  );
}
