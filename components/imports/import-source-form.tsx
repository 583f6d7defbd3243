"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import FormControlLabel from "@mui/material/FormControlLabel";
import Stack from "@mui/material/Stack";
import Switch from "@mui/material/Switch";
import { useTranslations } from "next-intl";
import { Controller, useForm, useWatch } from "react-hook-form";
import { createSource, updateSource } from "@/app/(app)/admin/imports/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { ChipsField } from "@/components/ui/chips-field";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { ATS_PROVIDERS, IMPORT_KINDS, importSourceSchema, type ImportSourceInput } from "@/lib/imports/schemas";
import type { ImportSourceView } from "@/lib/imports/source-view";

export const NEW_SOURCE: ImportSourceInput = {
  name: "",
  kind: "JSON_LD",
  atsProvider: null,
  url: "",
  enterpriseId: null,
  enabled: true,
  intervalMinutes: 1440,
  requestsPerMinute: 30,
  filters: { employmentTypes: [], titleWords: [], maxDurationWeeks: null, defaultCity: null, defaultCountry: null },
};

/** A stored source as the form (and a save through `updateSource`) writes it. */
export const sourceInputOf = (source: ImportSourceView): ImportSourceInput => ({
  name: source.name,
  kind: source.kind,
  atsProvider: source.atsProvider,
  url: source.url,
  enterpriseId: source.enterpriseId,
  enabled: source.enabled,
  intervalMinutes: source.intervalMinutes,
  requestsPerMinute: source.requestsPerMinute,
  filters: source.filters,
});

/**
 * Creates a source, or edits `source`. `enterprise` is for an enterprise's own careers page: the
 * enterprise is theirs, so its field is not shown (a system admin may name one, or none).
 */
export function ImportSourceForm({
  source,
  enterprise = false,
  onDone,
}: {
  source?: ImportSourceView;
  enterprise?: boolean;
  onDone?: () => void;
}) {
  const t = useTranslations("imports.admin");
  const form = useForm<ImportSourceInput>({
    resolver: yupResolver(importSourceSchema),
    defaultValues: source ? sourceInputOf(source) : NEW_SOURCE,
  });
  const kind = useWatch({ control: form.control, name: "kind" });
  const save = source ? updateSource : createSource;
  const { onSubmit, pending, outcome } = useFormAction(form, save as typeof createSource, {
    success: t("saved"),
    toInput: (values) => (source ? { sourceId: source.id, source: values } : values),
    onSuccess: () => {
      if (!source) form.reset(NEW_SOURCE);
    },
  });
  return (
    <Stack
      component="form"
      spacing={2}
      onSubmit={onSubmit}
      noValidate
      aria-label={source ? t("editTitle") : t("newTitle")}
    >
      <ActionOutcome outcome={outcome} />
      <TextFieldControl control={form.control} name="name" label={t("form.name")} maxLength={120} required />
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <TextFieldControl
          control={form.control}
          name="kind"
          label={t("form.kind")}
          select
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        >
          {IMPORT_KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`kinds.${value}`)}
            </option>
          ))}
        </TextFieldControl>
        {kind === "ATS_FEED" && (
          <TextFieldControl
            control={form.control}
            name="atsProvider"
            label={t("form.atsProvider")}
            select
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          >
            <option value="" />
            {ATS_PROVIDERS.map((value) => (
              <option key={value} value={value}>
                {t(`providers.${value}`)}
              </option>
            ))}
          </TextFieldControl>
        )}
      </Stack>
      <TextFieldControl
        control={form.control}
        name="url"
        label={t("form.url")}
        helperText={t("form.urlHint")}
        type="url"
        maxLength={2000}
        required
      />
      {!enterprise && (
        <TextFieldControl
          control={form.control}
          name="enterpriseId"
          label={t("form.enterpriseId")}
          helperText={t("form.enterpriseIdHint")}
        />
      )}
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <TextFieldControl
          control={form.control}
          name="intervalMinutes"
          label={t("form.intervalMinutes")}
          type="number"
          slotProps={{ htmlInput: { min: 60, max: 10080, step: 60 } }}
        />
        <TextFieldControl
          control={form.control}
          name="requestsPerMinute"
          label={t("form.requestsPerMinute")}
          type="number"
          slotProps={{ htmlInput: { min: 1, max: 120 } }}
        />
      </Stack>
      <ChipsField
        control={form.control}
        name="filters.employmentTypes"
        label={t("form.employmentTypes")}
        helperText={t("form.employmentTypesHint")}
      />
      <ChipsField
        control={form.control}
        name="filters.titleWords"
        label={t("form.titleWords")}
        helperText={t("form.titleWordsHint")}
      />
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <TextFieldControl
          control={form.control}
          name="filters.maxDurationWeeks"
          label={t("form.maxDurationWeeks")}
          type="number"
          slotProps={{ htmlInput: { min: 1, max: 104 } }}
        />
        <TextFieldControl control={form.control} name="filters.defaultCity" label={t("form.defaultCity")} />
        <TextFieldControl control={form.control} name="filters.defaultCountry" label={t("form.defaultCountry")} />
      </Stack>
      <Controller
        control={form.control}
        name="enabled"
        render={({ field }) => (
          <FormControlLabel
            control={
              <Switch checked={Boolean(field.value)} onChange={(event) => field.onChange(event.target.checked)} />
            }
            label={t("form.enabled")}
          />
        )}
      />
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" disabled={pending}>
          {t("form.save")}
        </Button>
        {onDone && (
          <Button type="button" onClick={onDone}>
            {t("form.close")}
          </Button>
        )}
      </Stack>
    </Stack>
  );
}
