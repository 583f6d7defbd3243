"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import Divider from "@mui/material/Divider";
import FormControl from "@mui/material/FormControl";
import FormControlLabel from "@mui/material/FormControlLabel";
import FormHelperText from "@mui/material/FormHelperText";
import FormLabel from "@mui/material/FormLabel";
import MenuItem from "@mui/material/MenuItem";
import Radio from "@mui/material/Radio";
import RadioGroup from "@mui/material/RadioGroup";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useFormatter, useTranslations } from "next-intl";
import { useMemo } from "react";
import { Controller, useForm } from "react-hook-form";
import { saveMyScorecard } from "@/app/(app)/enterprise/applications/scorecard-actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useFieldMessage } from "@/components/ui/reason-text";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ScorecardsView } from "@/lib/applications/get-scorecards";
import { RECOMMENDATIONS, type Criterion } from "@/lib/applications/scorecard-criteria";
import { SCORECARD_COMMENT_MAX, scorecardSchema } from "@/lib/applications/schemas";

type Values = { ratings: Record<string, number | "">; recommendation: string; comment: string };
const RATINGS = [1, 2, 3, 4];

/** The label of a criterion: the enterprise's own, or the default set's translated. */
function useCriterionLabel() {
  const t = useTranslations("evaluations.criteria");
  return (c: Pick<Criterion, "key" | "label">) => c.label ?? (t.has(c.key) ? t(c.key) : c.key);
}

/**
 * The evaluator's scorecard of an application (1–4 per criterion, a recommendation, a comment)
 * and, once they have sent theirs, the colleagues' scorecards with the averages.
 */
export function Scorecard({ applicationId, view }: { applicationId: string; view: ScorecardsView }) {
  const t = useTranslations("evaluations");
  const label = useCriterionLabel();
  const fieldMessage = useFieldMessage();
  const schema = useMemo(() => scorecardSchema(view.criteria.map((c) => c.key)), [view.criteria]);
  const mine = view.mine;
  const form = useForm<Values>({
    resolver: yupResolver(schema) as never,
    defaultValues: {
      ratings: Object.fromEntries(
        view.criteria.map((c) => [c.key, mine?.ratings.find((r) => r.key === c.key)?.rating ?? ""]),
      ),
      recommendation: mine?.recommendation ?? "",
      comment: mine?.comment ?? "",
    },
  });
  const { onSubmit, pending, outcome } = useFormAction(form, saveMyScorecard, {
    toInput: (scorecard) => ({ applicationId, scorecard }),
    success: t("scorecard.saved"),
  });

  return (
    <Stack spacing={3}>
      <Box component="form" onSubmit={onSubmit} noValidate aria-label={t("scorecard.mine")}>
        <Typography variant="h3" sx={{ fontSize: "1.1rem", mb: 1 }}>
          {t("scorecard.mine")}
        </Typography>
        <Stack spacing={2}>
          <ActionOutcome outcome={outcome} />
          {view.criteria.map((criterion) => (
            <Controller
              key={criterion.key}
              control={form.control}
              name={`ratings.${criterion.key}`}
              render={({ field, fieldState }) => (
                <FormControl component="fieldset" error={Boolean(fieldState.error)}>
                  <FormLabel component="legend">
                    {t("scorecard.ratingLegend", { criterion: label(criterion) })}
                  </FormLabel>
                  <RadioGroup
                    row
                    name={field.name}
                    value={field.value === "" || field.value === undefined ? "" : String(field.value)}
                    onChange={(event) => field.onChange(Number(event.target.value))}
                  >
                    {RATINGS.map((rating) => (
                      <FormControlLabel key={rating} value={String(rating)} control={<Radio />} label={rating} />
                    ))}
                  </RadioGroup>
                  {fieldState.error && <FormHelperText>{fieldMessage(fieldState.error.message)}</FormHelperText>}
                </FormControl>
              )}
            />
          ))}
          <TextFieldControl control={form.control} name="recommendation" label={t("scorecard.recommendation")} select>
            {RECOMMENDATIONS.map((r) => (
              <MenuItem key={r} value={r}>
                {t(`recommendations.${r}`)}
              </MenuItem>
            ))}
          </TextFieldControl>
          <TextFieldControl
            control={form.control}
            name="comment"
            label={t("scorecard.comment")}
            maxLength={SCORECARD_COMMENT_MAX}
            multiline
            minRows={3}
          />
          <Box>
            <Button type="submit" variant="contained" disabled={pending}>
              {mine ? t("scorecard.update") : t("scorecard.send")}
            </Button>
          </Box>
        </Stack>
      </Box>
      <Divider />
      {view.summary ? (
        <Summary view={view} />
      ) : (
        <Typography color="text.secondary">{t("scorecard.hidden", { count: view.hiddenCount })}</Typography>
      )}
    </Stack>
  );
}

function Summary({ view }: { view: ScorecardsView }) {
  const t = useTranslations("evaluations");
  const format = useFormatter();
  const label = useCriterionLabel();
  const summary = view.summary!;
  const avg = (value: number | null) =>
    value === null ? t("scorecard.noAverage") : format.number(value, { maximumFractionDigits: 2 });
  return (
    <Stack spacing={2}>
      <Box component="section" aria-label={t("scorecard.averages", { count: summary.count })}>
        <Typography variant="h3" sx={{ fontSize: "1.1rem", mb: 1 }}>
          {t("scorecard.averages", { count: summary.count })}
        </Typography>
        <Typography sx={{ fontWeight: 600 }} data-testid="scorecard-overall">
          {t("scorecard.overall", { average: avg(summary.overall) })}
        </Typography>
        <Box component="ul" sx={{ pl: 2, my: 1 }}>
          {summary.criteria.map((c) => (
            <li key={c.key}>{t("scorecard.criterionAverage", { criterion: label(c), average: avg(c.average) })}</li>
          ))}
        </Box>
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ flexWrap: "wrap" }}
          aria-label={t("scorecard.recommendationCounts")}
        >
          {RECOMMENDATIONS.map((r) => (
            <Chip
              key={r}
              size="small"
              variant="outlined"
              label={`${t(`recommendations.${r}`)} : ${summary.recommendations[r]}`}
            />
          ))}
        </Stack>
      </Box>
      <Box component="section" aria-label={t("scorecard.others")}>
        <Typography variant="h3" sx={{ fontSize: "1.1rem", mb: 1 }}>
          {t("scorecard.others")}
        </Typography>
        {view.others.length === 0 ? (
          <Typography color="text.secondary">{t("scorecard.noOthers")}</Typography>
        ) : (
          <Stack spacing={2} divider={<Divider flexItem />}>
            {view.others.map((card) => (
              <Box key={card.id}>
                <Typography sx={{ fontWeight: 600 }}>
                  {t("scorecard.by", {
                    name: card.evaluatorName ?? t("scorecard.formerMember"),
                    date: format.dateTime(new Date(card.updatedAt), { dateStyle: "medium" }),
                  })}{" "}
                  — {t(`recommendations.${card.recommendation}`)}
                </Typography>
                <Box component="ul" sx={{ pl: 2, my: 0.5 }}>
                  {card.ratings.map((r) => (
                    <li key={r.key}>{t("scorecard.ratingOf", { criterion: label(r), rating: r.rating })}</li>
                  ))}
                </Box>
                {card.comment && <Typography sx={{ whiteSpace: "pre-line" }}>{card.comment}</Typography>}
              </Box>
            ))}
          </Stack>
        )}
      </Box>
    </Stack>
  );
}
