"use client";
import Add from "@mui/icons-material/Add";
import ArrowDownward from "@mui/icons-material/ArrowDownward";
import ArrowUpward from "@mui/icons-material/ArrowUpward";
import DeleteOutline from "@mui/icons-material/DeleteOutlined";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import FormControlLabel from "@mui/material/FormControlLabel";
import FormHelperText from "@mui/material/FormHelperText";
import IconButton from "@mui/material/IconButton";
import MenuItem from "@mui/material/MenuItem";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { Controller, get, useFieldArray, useFormState, useWatch, type Control } from "react-hook-form";
import { useFieldMessage } from "@/components/ui/reason-text";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useHydrated } from "@/components/ui/use-hydrated";
import {
  AGREEMENT_FIELDS,
  MAX_LABEL,
  QUESTION_TYPES,
  type AgreementField,
  type QuestionType,
} from "@/lib/internships/evaluation-schemas";

export type EditedQuestion = {
  key: string;
  type: QuestionType;
  label: { fr: string; en: string };
  required: boolean;
  options: { key: string; label: { fr: string; en: string } }[];
  agreementField: AgreementField;
};
export type EditorValues = {
  sections: { key: string; title: { fr: string; en: string }; questions: EditedQuestion[] }[];
};

/** A key for a new question or option: unique enough within a form, and of the shape the schema asks (`q1x2…`). */
export const newKey = (prefix: "q" | "o" | "s") => `${prefix}${Math.random().toString(36).slice(2, 10)}`;
const MIN_OPTIONS = 2;
const MAX_OPTIONS = 10;
const blankOption = () => ({ key: newKey("o"), label: { fr: "", en: "" } });

/** One question of a section: its labels, type, whether it must be answered, its options or agreement value. */
export function EvaluationQuestionEditor({
  control,
  section,
  index,
  count,
  onMove,
  onRemove,
}: {
  control: Control<EditorValues>;
  section: number;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("internshipEvaluations");
  const message = useFieldMessage();
  const hydrated = useHydrated();
  const path = `sections.${section}.questions.${index}` as const;
  const type = useWatch({ control, name: `${path}.type` });
  const options = useFieldArray({ control, name: `${path}.options` });
  const { errors } = useFormState({ control, name: `${path}.options` });
  const errorAt = (name: string) => (get(errors, name) as { message?: string } | undefined)?.message;
  const optionsError = message(errorAt(`${path}.options`) ?? errorAt(`${path}.options.root`));
  const number = index + 1;
  const legendId = `q-${section}-${index}-legend`;

  return (
    <Paper variant="outlined" component="section" aria-labelledby={legendId} sx={{ p: 2 }}>
      <Stack spacing={2}>
        <Stack direction="row" spacing={1} sx={{ alignItems: "center", justifyContent: "space-between" }}>
          <Typography component="h3" id={legendId} sx={{ fontWeight: 600 }}>
            {t("forms.question", { number })}
          </Typography>
          <Stack direction="row" spacing={0.5}>
            <IconButton
              id={`q-${section}-${index}-up`}
              aria-label={t("forms.moveUp", { number })}
              title={t("forms.moveUp", { number })}
              disabled={!hydrated || index === 0}
              onClick={() => onMove(index, index - 1)}
            >
              <ArrowUpward />
            </IconButton>
            <IconButton
              id={`q-${section}-${index}-down`}
              aria-label={t("forms.moveDown", { number })}
              title={t("forms.moveDown", { number })}
              disabled={!hydrated || index === count - 1}
              onClick={() => onMove(index, index + 1)}
            >
              <ArrowDownward />
            </IconButton>
            <IconButton
              aria-label={t("forms.removeQuestion", { number })}
              title={t("forms.removeQuestion", { number })}
              disabled={!hydrated || count === 1}
              onClick={onRemove}
            >
              <DeleteOutline />
            </IconButton>
          </Stack>
        </Stack>
        <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
          <TextFieldControl
            control={control}
            name={`${path}.label.fr`}
            label={t("forms.labelFr")}
            maxLength={MAX_LABEL}
            required
            fullWidth
          />
          <TextFieldControl
            control={control}
            name={`${path}.label.en`}
            label={t("forms.labelEn")}
            maxLength={MAX_LABEL}
            required
            fullWidth
          />
        </Stack>
        <Stack direction={{ xs: "column", sm: "row" }} spacing={2} sx={{ alignItems: { sm: "center" } }}>
          <Controller
            control={control}
            name={`${path}.type`}
            render={({ field }) => (
              <TextField
                select
                label={t("forms.type")}
                value={field.value}
                inputRef={field.ref}
                onBlur={field.onBlur}
                disabled={!hydrated}
                onChange={(event) => {
                  field.onChange(event.target.value);
                  const missing = MIN_OPTIONS - options.fields.length;
                  if (event.target.value === "choice" && missing > 0)
                    options.append(Array.from({ length: missing }, blankOption), { shouldFocus: false });
                }}
                sx={{ minWidth: 220 }}
              >
                {QUESTION_TYPES.map((value) => (
                  <MenuItem key={value} value={value}>
                    {t(`questionTypes.${value}`)}
                  </MenuItem>
                ))}
              </TextField>
            )}
          />
          {type === "agreement" ? (
            <Controller
              control={control}
              name={`${path}.agreementField`}
              render={({ field }) => (
                <TextField
                  select
                  label={t("forms.agreementField")}
                  value={field.value}
                  inputRef={field.ref}
                  onBlur={field.onBlur}
                  onChange={(event) => field.onChange(event.target.value)}
                  disabled={!hydrated}
                  sx={{ minWidth: 220 }}
                >
                  {AGREEMENT_FIELDS.map((value) => (
                    <MenuItem key={value} value={value}>
                      {t(`agreementFields.${value}`)}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
          ) : (
            <Controller
              control={control}
              name={`${path}.required`}
              render={({ field }) => (
                <FormControlLabel
                  label={t("forms.required")}
                  control={
                    <Checkbox
                      checked={Boolean(field.value)}
                      slotProps={{ input: { ref: field.ref } }}
                      onBlur={field.onBlur}
                      onChange={(event) => field.onChange(event.target.checked)}
                      disabled={!hydrated}
                    />
                  }
                />
              )}
            />
          )}
        </Stack>
        {type === "choice" && (
          <Stack component="fieldset" spacing={1.5} sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
            <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
              {t("forms.options")}
            </Typography>
            {options.fields.map((option, o) => (
              <Stack
                key={option.id}
                direction={{ xs: "column", sm: "row" }}
                spacing={1}
                sx={{ alignItems: { sm: "flex-start" } }}
              >
                <TextFieldControl
                  control={control}
                  name={`${path}.options.${o}.label.fr`}
                  label={t("forms.optionFr", { number: o + 1 })}
                  maxLength={MAX_LABEL}
                  size="small"
                  required
                  fullWidth
                />
                <TextFieldControl
                  control={control}
                  name={`${path}.options.${o}.label.en`}
                  label={t("forms.optionEn", { number: o + 1 })}
                  maxLength={MAX_LABEL}
                  size="small"
                  required
                  fullWidth
                />
                <IconButton
                  aria-label={t("forms.removeOption", { number: o + 1 })}
                  title={t("forms.removeOption", { number: o + 1 })}
                  disabled={!hydrated || options.fields.length <= MIN_OPTIONS}
                  onClick={() => options.remove(o)}
                  sx={{ alignSelf: { xs: "flex-end", sm: "center" } }}
                >
                  <DeleteOutline />
                </IconButton>
              </Stack>
            ))}
            {optionsError && <FormHelperText error>{optionsError}</FormHelperText>}
            <div>
              <Button
                size="small"
                startIcon={<Add />}
                disabled={!hydrated || options.fields.length >= MAX_OPTIONS}
                onClick={() => options.append(blankOption())}
              >
                {t("forms.addOption")}
              </Button>
            </div>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
