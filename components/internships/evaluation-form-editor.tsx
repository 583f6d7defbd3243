"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Add from "@mui/icons-material/Add";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useLocale, useTranslations } from "next-intl";
import { useFieldArray, useForm, useWatch, type Control, type Resolver } from "react-hook-form";
import { saveEvaluationFormAction } from "@/app/(app)/university/evaluation-forms/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useFieldMessage } from "@/components/ui/reason-text";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { formDefinitionSchema, MAX_LABEL, type FormDefinition } from "@/lib/internships/evaluation-schemas";
import { EvaluationQuestionEditor, newKey, type EditorValues } from "./evaluation-question-editor";
import { authoredLanguage } from "@/lib/core/i18n-config";

type Values = EditorValues;

/** Every question with all its fields, so that switching its type keeps what was typed; the schema strips the rest. */
const editable = (definition: FormDefinition): Values => ({
  sections: definition.sections.map((section) => ({
    ...section,
    questions: section.questions.map((q) => ({
      ...q,
      options: q.options ?? [],
      agreementField: q.agreementField ?? "tasks",
    })),
  })),
});

/**
 * The university admin's editor of one evaluation form: each section's title and its questions in
 * French and English — add, remove, reorder (buttons, so the keyboard does it all), type, required —
 * saved as the form's next version through the same schema the server checks.
 */
export function EvaluationFormEditor({
  universityId,
  kind,
  definition,
}: {
  universityId: string;
  kind: string;
  definition: FormDefinition;
}) {
  const t = useTranslations("internshipEvaluations.forms");
  const message = useFieldMessage();
  const form = useForm<Values>({
    resolver: yupResolver(formDefinitionSchema) as unknown as Resolver<Values>,
    defaultValues: editable(definition),
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "sections" });
  /** A new section at the end with one scale question, its French title focused. */
  const addSection = () => {
    const at = fields.length;
    append(
      {
        key: newKey("s"),
        title: { fr: "", en: "" },
        questions: [
          {
            key: newKey("q"),
            type: "scale",
            label: { fr: "", en: "" },
            required: true,
            options: [],
            agreementField: "tasks",
          },
        ],
      } as Values["sections"][number],
      { shouldFocus: false },
    );
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`[name="sections.${at}.title.fr"]`)?.focus());
  };
  /** Removes a section (a form keeps at least one); the focus goes to "add a section". */
  const removeSection = (at: number) => {
    remove(at);
    requestAnimationFrame(() => document.getElementById("add-section")?.focus());
  };
  const { onSubmit, pending, outcome } = useFormAction(form, saveEvaluationFormAction, {
    success: t("saved"),
    toInput: (values) => ({ universityId, kind, definition: values }),
  });
  const formError = message(form.formState.errors.sections?.root?.message ?? form.formState.errors.sections?.message);

  return (
    <Stack component="form" spacing={3} onSubmit={onSubmit} noValidate aria-label={t("editorLabel")}>
      <Typography color="text.secondary">{t("editorHint")}</Typography>
      {fields.map((field, index) => (
        <SectionEditor
          key={field.id}
          control={form.control}
          index={index}
          onRemove={fields.length > 1 ? () => removeSection(index) : undefined}
        />
      ))}
      <div>
        <Button id="add-section" startIcon={<Add />} onClick={addSection}>
          {t("addSection")}
        </Button>
      </div>
      {formError && <Alert severity="error">{formError}</Alert>}
      <ActionOutcome outcome={outcome} />
      <Box sx={{ position: "sticky", bottom: 0, py: 2, bgcolor: "background.default", zIndex: 1 }}>
        <Button type="submit" variant="contained" disabled={pending}>
          {t("save")}
        </Button>
      </Box>
    </Stack>
  );
}

function SectionEditor({
  control,
  index,
  onRemove,
}: {
  control: Control<Values>;
  index: number;
  onRemove?: () => void;
}) {
  const t = useTranslations("internshipEvaluations.forms");
  const { fields, append, remove, move } = useFieldArray({ control, name: `sections.${index}.questions` });
  const headingId = `section-${index}`;
  const locale = useLocale();
  const titles = useWatch({ control, name: `sections.${index}.title` });
  const title = titles?.[authoredLanguage(locale)]?.trim();

  /** Moves a question and keeps the focus on the button that moved it (or its twin at either end). */
  const moveQuestion = (from: number, to: number) => {
    move(from, to);
    const direction = to < from ? "up" : "down";
    requestAnimationFrame(() => {
      const button = document.getElementById(`q-${index}-${to}-${direction}`) as HTMLButtonElement | null;
      const other = document.getElementById(`q-${index}-${to}-${direction === "up" ? "down" : "up"}`);
      (button && !button.disabled ? button : other)?.focus();
    });
  };

  /** A new scale question at the end, its French label focused. */
  const addQuestion = () => {
    const at = fields.length;
    append(
      {
        key: newKey("q"),
        type: "scale",
        label: { fr: "", en: "" },
        required: true,
        options: [],
        agreementField: "tasks",
      },
      { shouldFocus: false },
    );
    requestAnimationFrame(() =>
      document.querySelector<HTMLInputElement>(`[name="sections.${index}.questions.${at}.label.fr"]`)?.focus(),
    );
  };

  /** Removes a question; the focus goes to the section's "add a question" rather than nowhere. */
  const removeQuestion = (at: number) => {
    remove(at);
    requestAnimationFrame(() => document.getElementById(`add-q-${index}`)?.focus());
  };

  return (
    <Card component="section" variant="outlined" aria-labelledby={headingId}>
      <CardContent>
        <Stack spacing={2}>
          <Typography component="h2" variant="h6" id={headingId}>
            {t("sectionNumber", { number: index + 1 })}
            {title ? ` · ${title}` : ""}
          </Typography>
          <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
            <TextFieldControl
              control={control}
              name={`sections.${index}.title.fr`}
              label={t("sectionTitleFr")}
              maxLength={MAX_LABEL}
              required
              fullWidth
            />
            <TextFieldControl
              control={control}
              name={`sections.${index}.title.en`}
              label={t("sectionTitleEn")}
              maxLength={MAX_LABEL}
              required
              fullWidth
            />
          </Stack>
          <Stack component="ol" spacing={2} sx={{ listStyle: "none", p: 0, m: 0 }}>
            {fields.map((field, q) => (
              <li key={field.id}>
                <EvaluationQuestionEditor
                  control={control}
                  section={index}
                  index={q}
                  count={fields.length}
                  onMove={moveQuestion}
                  onRemove={() => removeQuestion(q)}
                />
              </li>
            ))}
          </Stack>
          <Stack direction="row" spacing={2}>
            <Button id={`add-q-${index}`} startIcon={<Add />} onClick={addQuestion}>
              {t("addQuestion")}
            </Button>
            {onRemove && (
              <Button color="error" onClick={onRemove}>
                {t("removeSection", { number: index + 1 })}
              </Button>
            )}
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
}
