"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import FormControl from "@mui/material/FormControl";
import FormControlLabel from "@mui/material/FormControlLabel";
import FormLabel from "@mui/material/FormLabel";
import Radio from "@mui/material/Radio";
import RadioGroup from "@mui/material/RadioGroup";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { saveApplicationDraft, sendApplication } from "@/app/(app)/student/applications/actions";
import { CvUpload } from "@/components/students/cv-upload";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useAction } from "@/components/ui/use-action";
import { useFormAction } from "@/components/ui/use-form-action";
import { applicationDraftSchema, COVER_LETTER_MAX } from "@/lib/applications/schemas";
import { ScreeningQuestionsFields, type ScreeningQuestion } from "./screening-questions-fields";

/** How long the student pauses before the draft is saved. */
const SAVE_AFTER_MS = 1200;

/** The form's values: `cvDocumentId` is the profile's CV, or "" for none; answers by question id. */
type Values = { coverLetter: string; cvDocumentId: string; answers: Record<string, string> };

/** What useWatch gives: every field possibly not there yet. */
type Watched = { coverLetter?: string; cvDocumentId?: string; answers?: Record<string, string | undefined> };

// The answers are keyed by question here and a list for the server, which checks them against the offer.
const draftSchema = applicationDraftSchema.omit(["answers"]);

type Props = {
  offerId: string;
  cv: { documentId: string; fileName: string } | null;
  draft: {
    id: string;
    coverLetter: string | null;
    cvDocumentId: string | null;
    updatedAt: Date;
    answers: { questionId: string; value: string | null }[];
  } | null;
  canSend: boolean;
  questions: ScreeningQuestion[];
};

/**
 * The application form: the CV of the profile (or none, or one uploaded here), a cover letter with
 * its counter, saved as a draft after each pause in typing, and sent in one press.
 */
export function ApplyForm({ offerId, cv, draft, canSend, questions }: Props) {
  const t = useTranslations("applications.apply");
  const format = useFormatter();
  const router = useRouter();
  const form = useForm<Values>({
    // The server's schema: "" clears a field, as the API does.
    resolver: yupResolver(draftSchema) as never,
    defaultValues: {
      coverLetter: draft?.coverLetter ?? "",
      cvDocumentId: cv && (!draft || draft.cvDocumentId === cv.documentId) ? cv.documentId : "",
      answers: Object.fromEntries(
        questions.map((q) => [q.id, draft?.answers.find((a) => a.questionId === q.id)?.value ?? ""]),
      ),
    },
  });
  const { control } = form;
  const values = useWatch({ control });
  const [savedAt, setSavedAt] = useState<Date | null>(draft?.updatedAt ?? null);
  const draftId = useRef(draft?.id);
  const saving = useRef<Promise<unknown> | null>(null);
  const again = useRef(false);
  const snapshotOf = (v: Watched) =>
    JSON.stringify({ coverLetter: v.coverLetter ?? "", cv: v.cvDocumentId ?? "", answers: v.answers ?? {} });
  const lastSaved = useRef(snapshotOf(form.getValues()));
  const toDraft = (v: Watched) => ({
    coverLetter: v.coverLetter || null,
    cvDocumentId: v.cvDocumentId || null,
    ...(questions.length > 0 && {
      answers: questions.map((q) => ({ questionId: q.id, value: v.answers?.[q.id] || null })),
    }),
  });

  const autosave = useAction(saveApplicationDraft, { refresh: false });
  const send = useFormAction(form, sendApplication, {
    refresh: false,
    toInput: (v) => ({ id: draftId.current, offerId, values: toDraft(v) }),
    onSuccess: (data) => router.push(`/student/applications/${data.id}?sent=1`),
  });

  // A CV uploaded here becomes the one sent.
  useEffect(() => {
    if (cv) form.setValue("cvDocumentId", cv.documentId);
  }, [cv, form]);

  useEffect(() => {
    if (snapshotOf(values) === lastSaved.current) return;
    const save = async (): Promise<void> => {
      // One save at a time, so that the first one (which creates the draft) is never made twice.
      if (saving.current) return void (again.current = true);
      const current = form.getValues();
      const taken = snapshotOf(current);
      saving.current = autosave.execute({ id: draftId.current, offerId, values: toDraft(current) }).then((result) => {
        if (!result.ok) return;
        draftId.current = result.data.id;
        lastSaved.current = taken;
        setSavedAt(new Date(result.data.updatedAt));
      });
      await saving.current;
      saving.current = null;
      if (again.current) {
        again.current = false;
        await save();
      }
    };
    const timer = setTimeout(() => void save(), SAVE_AFTER_MS);
    return () => clearTimeout(timer);
    // toDraft and autosave change identity every render; the values are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [values.coverLetter, values.cvDocumentId, JSON.stringify(values.answers)]);

  const status = autosave.pending
    ? t("saving")
    : autosave.outcome && !autosave.outcome.ok
      ? t("saveFailed", { message: autosave.outcome.message })
      : savedAt
        ? t("savedAt", { time: format.dateTime(savedAt, { timeStyle: "short" }) })
        : t("notSavedYet");

  return (
    <Stack component="form" spacing={3} onSubmit={send.onSubmit} noValidate sx={{ maxWidth: 760 }}>
      {!canSend && <Alert severity="info">{t("unverified")}</Alert>}
      <FormControl>
        <FormLabel id="cv-choice">{t("cv")}</FormLabel>
        <Controller
          control={control}
          name="cvDocumentId"
          render={({ field }) => (
            <RadioGroup {...field} aria-labelledby="cv-choice">
              {cv && (
                <FormControlLabel
                  value={cv.documentId}
                  control={<Radio />}
                  label={t("cvProfile", { name: cv.fileName })}
                />
              )}
              <FormControlLabel value="" control={<Radio />} label={t("cvNone")} />
            </RadioGroup>
          )}
        />
      </FormControl>
      {!cv && <CvUpload current={null} />}
      <TextFieldControl
        control={control}
        name="coverLetter"
        label={t("coverLetter")}
        helperText={t("coverLetterHint")}
        maxLength={COVER_LETTER_MAX}
        multiline
        minRows={8}
      />
      <ScreeningQuestionsFields control={control} questions={questions} />
      <Typography variant="body2" color="text.secondary" role="status" aria-live="polite">
        {status}
      </Typography>
      <ActionOutcome outcome={send.outcome} />
      <Typography variant="body2" color="text.secondary">
        {t("privacy")}
      </Typography>
      <div>
        <Button type="submit" variant="contained" size="large" disabled={!canSend || send.pending || autosave.pending}>
          {t("submit")}
        </Button>
      </div>
    </Stack>
  );
}
