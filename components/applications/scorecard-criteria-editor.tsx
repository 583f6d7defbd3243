"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Delete from "@mui/icons-material/DeleteOutlined";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import IconButton from "@mui/material/IconButton";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { useFieldArray, useForm } from "react-hook-form";
import { saveCriteria } from "@/app/(app)/enterprise/applications/scorecard-actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useAction } from "@/components/ui/use-action";
import { useFormAction } from "@/components/ui/use-form-action";
import { CRITERIA_MAX, CRITERION_LABEL_MAX, type Criterion } from "@/lib/applications/scorecard-criteria";
import { scorecardCriteriaSchema } from "@/lib/applications/schemas";

type Values = { criteria: { key: string; label: string }[] };

/** Edits the criteria an offer's evaluators rate; the default set is shown (translated) until replaced. */
export function ScorecardCriteriaEditor({
  offerId,
  custom,
  criteria,
}: {
  offerId: string;
  custom: boolean;
  criteria: Criterion[];
}) {
  const t = useTranslations("evaluations");
  const form = useForm<Values>({
    resolver: yupResolver(scorecardCriteriaSchema) as never,
    defaultValues: {
      // The default set is edited as labels in the reader's language: saving makes it the offer's own.
      criteria: criteria.map((c) => ({ key: c.key, label: c.label ?? t(`criteria.${c.key}`) })),
    },
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "criteria" });
  const { onSubmit, pending, outcome } = useFormAction(form, saveCriteria, {
    toInput: (values) => ({ offerId, criteria: values.criteria }),
    success: t("criteriaEditor.saved"),
  });
  const reset = useAction(saveCriteria, { success: t("criteriaEditor.saved") });
  return (
    <Box component="form" onSubmit={onSubmit} noValidate aria-labelledby="scorecard-criteria">
      <Typography id="scorecard-criteria" variant="h2" gutterBottom>
        {t("criteriaEditor.title")}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t("criteriaEditor.lead")} {!custom && t("criteriaEditor.defaultSet")}
      </Typography>
      <Stack spacing={2}>
        <ActionOutcome outcome={outcome ?? reset.outcome} />
        {fields.map((item, index) => (
          <Stack key={item.id} direction="row" spacing={1} sx={{ alignItems: "flex-start" }}>
            <TextFieldControl
              control={form.control}
              name={`criteria.${index}.label`}
              label={t("criteriaEditor.label", { index: index + 1 })}
              maxLength={CRITERION_LABEL_MAX}
              required
            />
            <IconButton
              aria-label={t("criteriaEditor.remove", { index: index + 1 })}
              onClick={() => remove(index)}
              disabled={fields.length <= 1}
            >
              <Delete />
            </IconButton>
          </Stack>
        ))}
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: "wrap" }}>
          <Button onClick={() => append({ key: "", label: "" })} disabled={fields.length >= CRITERIA_MAX}>
            {t("criteriaEditor.add")}
          </Button>
          <Button type="submit" variant="contained" disabled={pending}>
            {t("criteriaEditor.save")}
          </Button>
          {custom && (
            <Button disabled={reset.pending} onClick={() => void reset.execute({ offerId, criteria: [] })}>
              {t("criteriaEditor.reset")}
            </Button>
          )}
        </Stack>
      </Stack>
    </Box>
  );
}
