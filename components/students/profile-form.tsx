"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import Grid from "@mui/material/Grid";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { saveProfile } from "@/app/(app)/student/profile/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { maxLengthOf } from "@/lib/core/limit-messages";
import { fieldKey, OFFER_FIELDS } from "@/lib/offers/offer-options";
import { studentProfileSchema } from "@/lib/students/schemas";

type Values = { headline: string; bio: string; city: string; phone: string; fieldOfStudy: string; programId: string };
type Program = { id: string; name: string; department: { name: string } };

export function ProfileForm({ defaults, programs }: { defaults: Values; programs: Program[] }) {
  const t = useTranslations("students.profile");
  const tf = useTranslations("offers.fields");
  const form = useForm({ resolver: yupResolver(studentProfileSchema), defaultValues: defaults });
  const { control } = form;
  const { onSubmit, pending, outcome } = useFormAction(form, saveProfile, { success: t("saved") });

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
      <ActionOutcome outcome={outcome} />
      <TextFieldControl
        control={control}
        name="headline"
        label={t("headline")}
        maxLength={maxLengthOf(studentProfileSchema, "headline")}
        helperText={t("headlineHint")}
      />
      <TextFieldControl
        control={control}
        name="bio"
        label={t("bio")}
        maxLength={maxLengthOf(studentProfileSchema, "bio")}
        multiline
        minRows={3}
      />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <TextFieldControl control={control} name="city" label={t("city")} autoComplete="address-level2" />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <TextFieldControl
            control={control}
            name="phone"
            label={t("phone")}
            type="tel"
            autoComplete="tel"
            helperText={t("phoneHint")}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <TextFieldControl control={control} name="fieldOfStudy" label={t("fieldOfStudy")} select>
            <MenuItem value="">{t("noField")}</MenuItem>
            {OFFER_FIELDS.map((field) => (
              <MenuItem key={field} value={field}>
                {tf(fieldKey(field))}
              </MenuItem>
            ))}
          </TextFieldControl>
        </Grid>
        {programs.length > 0 && (
          <Grid size={{ xs: 12, md: 6 }}>
            <TextFieldControl control={control} name="programId" label={t("program")} select>
              <MenuItem value="">{t("noProgram")}</MenuItem>
              {programs.map((program) => (
                <MenuItem key={program.id} value={program.id}>
                  {program.name} ({program.department.name})
                </MenuItem>
              ))}
            </TextFieldControl>
          </Grid>
        )}
      </Grid>
      <Button type="submit" variant="contained" disabled={pending} sx={{ alignSelf: "flex-start" }}>
        {t("save")}
      </Button>
    </Stack>
  );
}
