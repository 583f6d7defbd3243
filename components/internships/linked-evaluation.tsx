"use client";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { submitEvaluationFromLink, renewEvaluationLinkAction } from "@/app/(auth)/evaluate/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";
import type { FormDefinition } from "@/lib/internships/evaluation-schemas";
import { EvaluationForm } from "./evaluation-form";

/** The tutor's form behind an e-mailed link: the token goes with the answers. */
export function LinkedEvaluationForm({
  token,
  form,
}: {
  token: string;
  form: { definition: FormDefinition; agreement: Record<string, string | null> };
}) {
  return (
    <EvaluationForm
      definition={form.definition}
      agreement={form.agreement}
      action={(values) => submitEvaluationFromLink({ token, ...values })}
    />
  );
}

/** One click for a new link, sent to the address the first one went to (never shown here). */
export function RenewLinkButton({ token }: { token: string }) {
  const t = useTranslations("internshipEvaluations.link");
  const { execute, pending, outcome } = useAction(renewEvaluationLinkAction, { success: t("renewed"), refresh: false });
  return (
    <Stack spacing={1}>
      <ActionOutcome outcome={outcome} />
      {!outcome?.ok && (
        <div>
          <Button variant="contained" disabled={pending} onClick={() => void execute({ token })}>
            {t("renew")}
          </Button>
        </div>
      )}
    </Stack>
  );
}
