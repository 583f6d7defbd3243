"use client";
import Add from "@mui/icons-material/Add";
import ArrowDownward from "@mui/icons-material/ArrowDownward";
import ArrowUpward from "@mui/icons-material/ArrowUpward";
import DeleteOutlined from "@mui/icons-material/DeleteOutlined";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import FormControlLabel from "@mui/material/FormControlLabel";
import FormHelperText from "@mui/material/FormHelperText";
import Grid from "@mui/material/Grid";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { Controller, useFieldArray, useFormState, useWatch, type Control } from "react-hook-form";
import { ChipsField } from "@/components/ui/chips-field";
import { useFieldMessage } from "@/components/ui/reason-text";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useHydrated } from "@/components/ui/use-hydrated";
import {
  OPTION_MAX,
  OPTIONS_MAX,
  OPTIONS_MIN,
  QUESTION_LABEL_MAX,
  QUESTIONS_MAX,
  SCREENING_KINDS,
} from "@/lib/offers/schemas";
import type { OfferFormValues } from "./offer-form-values";

const blank = { kind: "TEXT" as const, label: "", required: false, options: [] as string[] };

/**
 * The offer's screening questions (up to 5): add, edit, reorder with the up/down buttons and remove,
 * all with the keyboard. A kept question keeps its id, so drafts already answering it keep their answers.
 */
export function ScreeningQuestionsEditor({ control }: { control: Control<OfferFormValues> }) {
  const t = useTranslations("offers.questions");
  const message = useFieldMessage();
  const hydrated = useHydrated();
  // keyName: the questions carry their own `id`, which the generated key must not replace.
  const { fields, append, remove, move } = useFieldArray({ control, name: "questions", keyName: "key" });
  const questions = useWatch({ control, name: "questions" });
  const { errors } = useFormState({ control, name: "questions" });
  const listError = message(errors.questions?.message ?? errors.questions?.root?.message);
  const full = fields.length >= QUESTIONS_MAX;
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">{t("lead", { max: QUESTIONS_MAX })}</Typography>
      {fields.length === 0 && <Typography color="text.secondary">{t("empty")}</Typography>}
      <Stack component="ol" spacing={2} sx={{ listStyle: "none", p: 0, m: 0 }}>
        {fields.map((field, index) => {
          const n = index + 1;
          const title = `question-${field.key}`;
          return (
            <Box
              component="li"
              key={field.key}
              role="group"
              aria-labelledby={title}
              sx={{ border: 1, borderColor: "divider", borderRadius: 1, p: 2 }}
            >
              <Typography id={title} variant="h3" sx={{ fontSize: "1rem", mb: 2 }}>
                {t("number", { n })}
              </Typography>
              <Grid container spacing={2}>
                <Grid size={{ xs: 12, sm: 8 }}>
                  <TextFieldControl
                    control={control}
                    name={`questions.${index}.label`}
                    label={t("label")}
                    maxLength={QUESTION_LABEL_MAX}
                    required
                  />
                </Grid>
                <Grid size={{ xs: 12, sm: 4 }}>
                  <TextFieldControl control={control} name={`questions.${index}.kind`} label={t("kind")} select>
                    {SCREENING_KINDS.map((kind) => (
                      <MenuItem key={kind} value={kind}>
                        {t(`kinds.${kind}`)}
                      </MenuItem>
                    ))}
                  </TextFieldControl>
                </Grid>
                {questions?.[index]?.kind === "CHOICE" && (
                  <Grid size={12}>
                    <ChipsField
                      control={control}
                      name={`questions.${index}.options`}
                      label={t("options")}
                      helperText={t("optionsHint", { min: OPTIONS_MIN, max: OPTIONS_MAX, length: OPTION_MAX })}
                    />
                  </Grid>
                )}
                <Grid size={12}>
                  <Controller
                    control={control}
                    name={`questions.${index}.required`}
                    render={({ field: required }) => (
                      <FormControlLabel
                        label={t("required")}
                        control={
                          <Checkbox
                            checked={Boolean(required.value)}
                            onChange={(event) => required.onChange(event.target.checked)}
                            onBlur={required.onBlur}
                            disabled={!hydrated}
                          />
                        }
                      />
                    )}
                  />
                </Grid>
              </Grid>
              <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: "wrap" }}>
                <Button
                  size="small"
                  startIcon={<ArrowUpward />}
                  onClick={() => move(index, index - 1)}
                  disabled={!hydrated || index === 0}
                  aria-label={t("moveUp", { n })}
                >
                  {t("up")}
                </Button>
                <Button
                  size="small"
                  startIcon={<ArrowDownward />}
                  onClick={() => move(index, index + 1)}
                  disabled={!hydrated || index === fields.length - 1}
                  aria-label={t("moveDown", { n })}
                >
                  {t("down")}
                </Button>
                <Button
                  size="small"
                  color="error"
                  startIcon={<DeleteOutlined />}
                  onClick={() => remove(index)}
                  disabled={!hydrated}
                  aria-label={t("remove", { n })}
                >
                  {t("removeShort")}
                </Button>
              </Stack>
            </Box>
          );
        })}
      </Stack>
      {listError && <FormHelperText error>{listError}</FormHelperText>}
      <div>
        <Button startIcon={<Add />} onClick={() => append({ ...blank })} disabled={!hydrated || full}>
          {t("add")}
        </Button>
        {full && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {t("full", { max: QUESTIONS_MAX })}
          </Typography>
        )}
      </div>
    </Stack>
  );
}
