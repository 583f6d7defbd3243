"use client";
import FormControl from "@mui/material/FormControl";
import FormControlLabel from "@mui/material/FormControlLabel";
import FormHelperText from "@mui/material/FormHelperText";
import FormLabel from "@mui/material/FormLabel";
import Radio from "@mui/material/Radio";
import RadioGroup from "@mui/material/RadioGroup";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { Controller, type Control } from "react-hook-form";
import { useFieldMessage } from "@/components/ui/reason-text";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ScreeningQuestionKind } from "@/lib/generated/prisma/enums";
import { ANSWER_MAX } from "@/lib/offers/schemas";

export type ScreeningQuestion = {
  id: string;
  kind: ScreeningQuestionKind;
  label: string;
  required: boolean;
  options: string[];
};

/** The apply form's part holding the answers, keyed by question id (the field the server's reasons name). */
type AnswerValues = { answers: Record<string, string> };

/** The offer's screening questions in the apply form: a text field, yes/no, or one option to pick. */
export function ScreeningQuestionsFields<V extends AnswerValues>({
  control,
  questions,
}: {
  control: Control<V>;
  questions: ScreeningQuestion[];
}) {
  const t = useTranslations("applications.screening");
  const message = useFieldMessage();
  const hydrated = useHydrated();
  const answers = control as unknown as Control<AnswerValues>;
  if (questions.length === 0) return null;
  return (
    <Stack component="fieldset" spacing={3} sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" variant="h2" sx={{ mb: 1 }}>
        {t("title")}
      </Typography>
      <Typography color="text.secondary">{t("lead")}</Typography>
      {questions.map((question) => {
        const name = `answers.${question.id}` as const;
        if (question.kind === "TEXT")
          return (
            <TextFieldControl
              key={question.id}
              control={answers}
              name={name}
              label={question.label}
              required={question.required}
              maxLength={ANSWER_MAX}
              multiline
              minRows={2}
            />
          );
        const labelId = `question-${question.id}`;
        const options =
          question.kind === "YES_NO"
            ? [
                { value: "yes", label: t("yes") },
                { value: "no", label: t("no") },
              ]
            : question.options.map((option) => ({ value: option, label: option }));
        return (
          <Controller
            key={question.id}
            control={answers}
            name={name}
            render={({ field, fieldState }) => (
              <FormControl error={Boolean(fieldState.error)} required={question.required} disabled={!hydrated}>
                <FormLabel id={labelId}>{question.label}</FormLabel>
                <RadioGroup
                  {...field}
                  value={field.value ?? ""}
                  aria-labelledby={labelId}
                  row={question.kind === "YES_NO"}
                >
                  {options.map((option) => (
                    <FormControlLabel
                      key={option.value}
                      value={option.value}
                      control={<Radio />}
                      label={option.label}
                    />
                  ))}
                </RadioGroup>
                {fieldState.error && <FormHelperText>{message(fieldState.error.message)}</FormHelperText>}
              </FormControl>
            )}
          />
        );
      })}
    </Stack>
  );
}
