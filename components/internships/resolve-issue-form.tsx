"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { resolveInternshipIssue } from "@/app/(app)/internships/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { RESOLUTION_MAX, resolveIssueSchema } from "@/lib/internships/schemas";

/** The supervisor or a university admin closes an issue, saying what was done. */
export function ResolveIssueForm({ internshipId, issueId }: { internshipId: string; issueId: string }) {
  const t = useTranslations("internships.issues");
  const form = useForm<{ resolution: string }>({
    resolver: yupResolver(resolveIssueSchema),
    defaultValues: { resolution: "" },
  });
  const { onSubmit, pending, outcome } = useFormAction(form, resolveInternshipIssue, {
    toInput: ({ resolution }) => ({ id: internshipId, issueId, resolution }),
    success: t("resolved"),
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack spacing={1} sx={{ mt: 1 }}>
        <ActionOutcome outcome={outcome} />
        <TextFieldControl
          control={form.control}
          name="resolution"
          label={t("resolution")}
          multiline
          minRows={2}
          maxLength={RESOLUTION_MAX}
          size="small"
        />
        <div>
          <Button type="submit" size="small" variant="outlined" disabled={pending}>
            {t("resolve")}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
