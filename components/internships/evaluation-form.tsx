"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import FormControl from "@mui/material/FormControl";
import FormControlLabel from "@mui/material/FormControlLabel";
import FormHelperText from "@mui/material/FormHelperText";
import FormLabel from "@mui/material/FormLabel";
import Radio from "@mui/material/Radio";
import RadioGroup from "@mui/material/RadioGroup";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { Controller, useForm } from "react-hook-form";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useFieldMessage } from "@/components/ui/reason-text";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionResult } from "@/lib/core/server-action";
import {
  answersSchema,
  MAX_TEXT_ANSWER,
  SCALE_MAX,
  SCALE_MIN,
  type FormDefinition,
  type Label,
  type Question,
} from "@/lib/internships/evaluation-schemas";
import { authoredLanguage } from "@/lib/core/i18n-config";

type Values = { answers: Record<string, string>; comment: string };
const SCALE = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => String(SCALE_MIN + i));

/**
 * The form generated from a university's definition: one fieldset per section, a radio group per
 * scale, yes/no or choice question, a text area per text question, and the agreement's values
 * shown as they are. The same yup schema checks the answers here and on the server.
 */
export function EvaluationForm({
  definition,
  agreement,
  action,
}: {
  definition: FormDefinition;
  agreement: Record<string, string | null>;
  action: (input: { answers: Record<string, string>; comment: string }) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations("internshipEvaluations.fill");
  const locale = useLocale();
  const label = (l: Label) => l[authoredLanguage(locale)];
  const schema = useMemo(() => answersSchema(definition), [definition]);
  const form = useForm<Values>({
    resolver: yupResolver(schema) as never,
    defaultValues: { answers: {}, comment: "" },
  });
  const { onSubmit, pending, outcome } = useFormAction(form, action, { success: t("submitted") });
  const fieldMessage = useFieldMessage();
  const errorOf = (key: string) => fieldMessage(form.formState.errors.answers?.[key]?.message);

  const question = (q: Question) => {
    const id = `q-${q.key}`;
    const title = `${label(q.label)}${q.required ? ` (${t("required")})` : ""}`;
    if (q.type === "agreement")
      return (
        <div key={q.key}>
          <Typography component="h3" variant="subtitle2">
            {label(q.label)} — {t("fromAgreement")}
          </Typography>
          <Typography sx={{ whiteSpace: "pre-line" }}>
            {(q.agreementField && agreement[q.agreementField]) || t("notInAgreement")}
          </Typography>
        </div>
      );
    if (q.type === "text")
      return (
        <Controller
          key={q.key}
          name={`answers.${q.key}`}
          control={form.control}
          render={({ field }) => (
            <TextField
              {...field}
              value={field.value ?? ""}
              id={id}
              label={title}
              multiline
              minRows={3}
              error={Boolean(errorOf(q.key))}
              helperText={errorOf(q.key)}
              slotProps={{ htmlInput: { maxLength: MAX_TEXT_ANSWER } }}
            />
          )}
        />
      );
    const options =
      q.type === "scale"
        ? SCALE.map((v) => ({ value: v, label: v }))
        : q.type === "yesNo"
          ? [
              { value: "true", label: t("yes") },
              { value: "false", label: t("no") },
            ]
          : (q.options ?? []).map((o) => ({ value: o.key, label: label(o.label) }));
    return (
      <Controller
        key={q.key}
        name={`answers.${q.key}`}
        control={form.control}
        render={({ field }) => (
          <FormControl component="fieldset" error={Boolean(errorOf(q.key))}>
            <FormLabel component="legend" id={`${id}-label`}>
              {title}
            </FormLabel>
            {q.type === "scale" && <FormHelperText sx={{ mx: 0 }}>{t("scaleHint")}</FormHelperText>}
            <RadioGroup {...field} value={field.value ?? ""} row={q.type !== "choice"} aria-labelledby={`${id}-label`}>
              {options.map((o) => (
                <FormControlLabel key={o.value} value={o.value} control={<Radio />} label={o.label} />
              ))}
            </RadioGroup>
            {errorOf(q.key) && <FormHelperText>{errorOf(q.key)}</FormHelperText>}
          </FormControl>
        )}
      />
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack spacing={3}>
        {definition.sections.map((section) => (
          <Stack key={section.key} component="fieldset" spacing={2} sx={{ border: 0, p: 0, m: 0 }}>
            <Typography component="legend" variant="h6" sx={{ mb: 1 }}>
              {label(section.title)}
            </Typography>
            {section.questions.map(question)}
          </Stack>
        ))}
        <Controller
          name="comment"
          control={form.control}
          render={({ field }) => (
            <TextField
              {...field}
              label={t("comment")}
              multiline
              minRows={2}
              error={Boolean(form.formState.errors.comment)}
              helperText={fieldMessage(form.formState.errors.comment?.message)}
              slotProps={{ htmlInput: { maxLength: MAX_TEXT_ANSWER } }}
            />
          )}
        />
        <Typography variant="body2">{t("submitNote")}</Typography>
        <ActionOutcome outcome={outcome} />
        <div>
          <Button type="submit" variant="contained" disabled={pending}>
            {t("submit")}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
