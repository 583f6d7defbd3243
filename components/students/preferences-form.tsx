"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import FormControl from "@mui/material/FormControl";
import FormControlLabel from "@mui/material/FormControlLabel";
import FormGroup from "@mui/material/FormGroup";
import FormLabel from "@mui/material/FormLabel";
import Grid from "@mui/material/Grid";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { Controller, useForm } from "react-hook-form";
import { savePreferences } from "@/app/(app)/student/profile/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { ChipsField } from "@/components/ui/chips-field";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { CURRENCIES, fieldKey, OFFER_FIELDS, REMOTE_MODES } from "@/lib/offers/offer-options";
import { preferencesSchema } from "@/lib/students/schemas";

export type PreferencesValues = {
  fields: string[];
  places: string[];
  remoteModes: string[];
  /** "YYYY-MM-DD" or "" (date inputs hold text; the schema makes dates of it). */
  availableFrom: string;
  availableTo: string;
  minStipend: string;
  currency: string;
};

const dateProps = { type: "date", slotProps: { inputLabel: { shrink: true } } } as const;

export function PreferencesForm({ defaults }: { defaults: PreferencesValues }) {
  const t = useTranslations("students.preferences");
  const tf = useTranslations("offers.fields");
  const tr = useTranslations("offers.remoteModes");
  const form = useForm({ resolver: yupResolver(preferencesSchema, {}, { raw: true }), defaultValues: defaults });
  const { control } = form;
  const { onSubmit, pending, outcome } = useFormAction(form, savePreferences, { success: t("saved") });

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
      <ActionOutcome outcome={outcome} />
      <ChipsField
        control={control}
        name="fields"
        label={t("fields")}
        options={OFFER_FIELDS}
        optionLabel={(field) => tf(fieldKey(field))}
      />
      <ChipsField control={control} name="places" label={t("places")} helperText={t("placesHint")} />
      <Controller
        control={control}
        name="remoteModes"
        render={({ field }) => {
          const chosen = (field.value as string[] | undefined) ?? [];
          return (
            <FormControl component="fieldset">
              <FormLabel component="legend">{t("remoteModes")}</FormLabel>
              <FormGroup row>
                {REMOTE_MODES.map((mode) => (
                  <FormControlLabel
                    key={mode}
                    label={tr(mode)}
                    control={
                      <Checkbox
                        checked={chosen.includes(mode)}
                        onChange={(event) =>
                          field.onChange(event.target.checked ? [...chosen, mode] : chosen.filter((m) => m !== mode))
                        }
                      />
                    }
                  />
                ))}
              </FormGroup>
            </FormControl>
          );
        }}
      />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextFieldControl control={control} name="availableFrom" label={t("availableFrom")} {...dateProps} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextFieldControl control={control} name="availableTo" label={t("availableTo")} {...dateProps} />
        </Grid>
        <Grid size={{ xs: 8, sm: 6 }}>
          <TextFieldControl
            control={control}
            name="minStipend"
            label={t("minStipend")}
            type="number"
            slotProps={{ htmlInput: { min: 0, step: 50, inputMode: "numeric" } }}
          />
        </Grid>
        <Grid size={{ xs: 4, sm: 6 }}>
          <TextFieldControl control={control} name="currency" label={t("currency")} select>
            {CURRENCIES.map((currency) => (
              <MenuItem key={currency} value={currency}>
                {currency}
              </MenuItem>
            ))}
          </TextFieldControl>
        </Grid>
      </Grid>
      <Button type="submit" variant="contained" disabled={pending} sx={{ alignSelf: "flex-start" }}>
        {t("save")}
      </Button>
    </Stack>
  );
}
