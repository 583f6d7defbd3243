import SearchIcon from "@mui/icons-material/Search";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Grid from "@mui/material/Grid";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Form from "next/form";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/link-button";
import { fieldKey, OFFER_FIELDS } from "@/lib/offers/offer-options";
import { PROGRAM_LEVELS } from "@/lib/universities/schemas";

export type TalentFilterValues = {
  q?: string;
  skills?: string;
  field?: string;
  level?: string;
  city?: string;
  availableFrom?: string;
  availableTo?: string;
};

/** The talent search's filters: a GET form, so that a search is a link the recruiter can keep. */
export async function TalentFilters({ values }: { values: TalentFilterValues }) {
  const t = await getTranslations("students.talents.filters");
  const offers = await getTranslations("offers");
  const levels = await getTranslations("universities.level");
  const active = Object.values(values).some(Boolean);
  const date = { inputLabel: { shrink: true } };
  return (
    <Card component="section" aria-label={t("title")} sx={{ mb: 3 }}>
      <CardContent>
        <Form action="/enterprise/talents" role="search" key={JSON.stringify(values)}>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 6 }}>
              <TextField
                name="skills"
                label={t("skills")}
                helperText={t("skillsHint")}
                defaultValue={values.skills ?? ""}
                fullWidth
                slotProps={{ htmlInput: { maxLength: 300 } }}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <TextField
                name="q"
                type="search"
                label={t("q")}
                helperText={t("qHint")}
                defaultValue={values.q ?? ""}
                fullWidth
                slotProps={{ htmlInput: { maxLength: 100 } }}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6, md: 4 }}>
              <TextField
                name="field"
                label={t("field")}
                select
                defaultValue={values.field ?? ""}
                fullWidth
                slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
              >
                <option value="">{t("any")}</option>
                {OFFER_FIELDS.map((field) => (
                  <option key={field} value={field}>
                    {offers(`fields.${fieldKey(field)}`)}
                  </option>
                ))}
              </TextField>
            </Grid>
            <Grid size={{ xs: 12, sm: 6, md: 4 }}>
              <TextField
                name="level"
                label={t("level")}
                select
                defaultValue={values.level ?? ""}
                fullWidth
                slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
              >
                <option value="">{t("any")}</option>
                {PROGRAM_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {levels(level)}
                  </option>
                ))}
              </TextField>
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <TextField
                name="city"
                label={t("city")}
                defaultValue={values.city ?? ""}
                fullWidth
                slotProps={{ htmlInput: { maxLength: 80 } }}
              />
            </Grid>
            <Grid size={{ xs: 6, md: 4 }}>
              <TextField
                name="availableFrom"
                label={t("availableFrom")}
                type="date"
                defaultValue={values.availableFrom ?? ""}
                fullWidth
                slotProps={date}
              />
            </Grid>
            <Grid size={{ xs: 6, md: 4 }}>
              <TextField
                name="availableTo"
                label={t("availableTo")}
                type="date"
                defaultValue={values.availableTo ?? ""}
                fullWidth
                slotProps={date}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 4 }} sx={{ display: "flex", alignItems: "center" }}>
              <Stack direction="row" spacing={1}>
                <Button type="submit" variant="contained" startIcon={<SearchIcon />}>
                  {t("submit")}
                </Button>
                {active && <LinkButton href="/enterprise/talents">{t("reset")}</LinkButton>}
              </Stack>
            </Grid>
          </Grid>
        </Form>
      </CardContent>
    </Card>
  );
}
