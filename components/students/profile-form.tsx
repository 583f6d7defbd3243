"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Grid from "@mui/material/Grid";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { saveProfile } from "@/app/(app)/student/profile/actions";
import { useActionErrors } from "@/components/ui/form-errors";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { fieldKey, OFFER_FIELDS } from "@/lib/offers/offer-options";
import { studentProfileSchema } from "@/lib/students/schemas";
import { useOutcome } from "./use-outcome";

type Values = { headline: string; bio: string; city: string; phone: string; fieldOfStudy: string; programId: string };
type Program = { id: string; name: string; department: { name: string } };

export function ProfileForm({ defaults, programs }: { defaults: Values; programs: Program[] }) {
  const t = useTranslations("students.profile");
  const tf = useTranslations("offers.fields");
  const router = useRouter();
  const { outcome, succeed, fail } = useOutcome();
  const { control, handleSubmit, setError, formState } = useForm({ resolver: yupResolver(studentProfileSchema), defaultValues: defaults });
  const toMessage = useActionErrors(setError);

  const onSubmit = handleSubmit(async (values) => {
    const result = await saveProfile(values);
    if (!result.ok) return fail(toMessage(result.error));
    succeed(t("saved"));
    router.refresh();
  });

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
      {outcome && <Alert severity={outcome.ok ? "success" : "error"}>{outcome.message}</Alert>}
      <TextFieldControl control={control} name="headline" label={t("headline")} helperText={t("headlineHint")} />
      <TextFieldControl control={control} name="bio" label={t("bio")} multiline minRows={3} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <TextFieldControl control={control} name="city" label={t("city")} autoComplete="address-level2" />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <TextFieldControl control={control} name="phone" label={t("phone")} type="tel" autoComplete="tel" helperText={t("phoneHint")} />
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
      <Button type="submit" variant="contained" disabled={formState.isSubmitting} sx={{ alignSelf: "flex-start" }}>
        {t("save")}
      </Button>
    </Stack>
  );
}
