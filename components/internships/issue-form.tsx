"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { raiseInternshipIssue } from "@/app/(app)/internships/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { ISSUE_CATEGORIES, ISSUE_DESCRIPTION_MAX, ISSUE_TITLE_MAX, issueSchema } from "@/lib/internships/schemas";

type Values = { category: string; severity: string; title: string; description: string };

/** Any party raises an issue: its kind, how serious, what is happening. */
export function IssueForm({ internshipId }: { internshipId: string }) {
  const t = useTranslations("internships.issues");
  const categories = useTranslations("internships.issueCategory");
  const severity = useTranslations("internships.severity");
  const form = useForm<Values>({
    resolver: yupResolver(issueSchema) as never,
    defaultValues: { category: "", severity: "2", title: "", description: "" },
  });
  const { onSubmit, pending, outcome } = useFormAction(form, raiseInternshipIssue, {
    toInput: (values) => ({ id: internshipId, values }),
    success: t("raised"),
    reset: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack spacing={2}>
        <ActionOutcome outcome={outcome} />
        <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
          <TextFieldControl control={form.control} name="category" label={t("category")} select required>
            {ISSUE_CATEGORIES.map((category) => (
              <MenuItem key={category} value={category}>
                {categories(category)}
              </MenuItem>
            ))}
          </TextFieldControl>
          <TextFieldControl control={form.control} name="severity" label={t("severity")} select required>
            {["1", "2", "3"].map((level) => (
              <MenuItem key={level} value={level}>
                {t("severityChip", { level, label: severity(level) })}
              </MenuItem>
            ))}
          </TextFieldControl>
        </Stack>
        <TextFieldControl
          control={form.control}
          name="title"
          label={t("issueTitle")}
          required
          maxLength={ISSUE_TITLE_MAX}
        />
        <TextFieldControl
          control={form.control}
          name="description"
          label={t("description")}
          required
          multiline
          minRows={3}
          maxLength={ISSUE_DESCRIPTION_MAX}
        />
        <div>
          <Button type="submit" variant="contained" color="warning" disabled={pending}>
            {t("send")}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
