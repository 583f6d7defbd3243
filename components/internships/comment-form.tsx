"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { commentLogbookWeek } from "@/app/(app)/internships/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { COMMENT_MAX, commentSchema } from "@/lib/internships/schemas";

/** The tutor's or supervisor's comment on one logbook week. */
export function CommentForm({ internshipId, weekId }: { internshipId: string; weekId: string }) {
  const t = useTranslations("internships.logbook");
  const form = useForm<{ body: string }>({ resolver: yupResolver(commentSchema), defaultValues: { body: "" } });
  const { onSubmit, pending, outcome } = useFormAction(form, commentLogbookWeek, {
    toInput: ({ body }) => ({ id: internshipId, weekId, body }),
    success: t("commented"),
    reset: true,
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack spacing={1} sx={{ mt: 1 }}>
        <ActionOutcome outcome={outcome} />
        <TextFieldControl
          control={form.control}
          name="body"
          label={t("comment")}
          multiline
          minRows={2}
          maxLength={COMMENT_MAX}
          size="small"
        />
        <div>
          <Button type="submit" size="small" variant="outlined" disabled={pending}>
            {t("send")}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
