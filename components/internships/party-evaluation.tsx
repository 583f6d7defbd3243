"use client";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { sendEvaluationLinkAction, submitEvaluationAction } from "@/app/(app)/internships/[id]/evaluations/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";
import type { FormDefinition } from "@/lib/internships/evaluation-schemas";
import { EvaluationForm } from "./evaluation-form";

/** A signed-in party's own evaluation form. */
export function PartyEvaluationForm({
  internshipId,
  kind,
  definition,
  agreement,
}: {
  internshipId: string;
  kind: string;
  definition: FormDefinition;
  agreement: Record<string, string | null>;
}) {
  return (
    <EvaluationForm
      definition={definition}
      agreement={agreement}
      action={(values) => submitEvaluationAction({ internshipId, kind, ...values })}
    />
  );
}

/** E-mails the tutor a single-use link to their form (to the tutor's own address). */
export function SendTutorLinkButton({ internshipId, kind }: { internshipId: string; kind: string }) {
  const t = useTranslations("internshipEvaluations.fill");
  const { execute, pending, outcome } = useAction(sendEvaluationLinkAction, { success: t("linkSent"), refresh: false });
  return (
    <Stack spacing={1}>
      <ActionOutcome outcome={outcome} />
      <div>
        <Button variant="outlined" disabled={pending} onClick={() => void execute({ internshipId, kind })}>
          {t("sendLink")}
        </Button>
      </div>
    </Stack>
  );
}
