import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { forPage, pageActor } from "@/lib/identity/page-guard";
import { EVALUATION_FORM_KINDS } from "@/lib/internships/evaluation-schemas";
import { getEvaluationForm } from "@/lib/internships/get-evaluation-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("internshipEvaluations.forms"))("title") };
}

/** The university admin's five evaluation forms: each one's current version (or the platform's default), to edit. */
export default async function EvaluationFormsPage() {
  const me = await pageActor("UNIVERSITY_ADMIN");
  const universityId = me.university?.id ?? "-";
  const [forms, t] = await Promise.all([
    forPage(Promise.all(EVALUATION_FORM_KINDS.map((kind) => getEvaluationForm(me, universityId, kind)))),
    getTranslations("internshipEvaluations"),
  ]);
  return (
    <>
      <PageHeader title={t("forms.title")} lead={t("forms.intro")} />
      <Stack component="ul" spacing={2} sx={{ maxWidth: 880, listStyle: "none", p: 0, m: 0 }}>
        {forms.map((form) => {
          const questions = form.definition.sections.reduce((sum, section) => sum + section.questions.length, 0);
          return (
            <li key={form.kind}>
              <Card variant="outlined">
                <CardContent>
                  <Stack
                    direction={{ xs: "column", sm: "row" }}
                    spacing={2}
                    sx={{ alignItems: { sm: "center" }, justifyContent: "space-between" }}
                  >
                    <div>
                      <Typography component="h2" variant="h6" id={`form-${form.kind}`}>
                        {t(`kinds.${form.kind}`)}
                      </Typography>
                      <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: "center", flexWrap: "wrap" }}>
                        <Chip
                          size="small"
                          variant="outlined"
                          color={form.isDefault ? "default" : "primary"}
                          label={form.isDefault ? t("forms.default") : t("forms.version", { version: form.version })}
                        />
                        <Typography variant="body2" color="text.secondary">
                          {t("forms.counts", { sections: form.definition.sections.length, questions })}
                        </Typography>
                      </Stack>
                    </div>
                    <LinkButton
                      href={`/university/evaluation-forms/${form.kind}`}
                      variant="outlined"
                      aria-describedby={`form-${form.kind}`}
                      sx={{ alignSelf: { xs: "flex-start", sm: "center" } }}
                    >
                      {t("forms.edit")}
                    </LinkButton>
                  </Stack>
                </CardContent>
              </Card>
            </li>
          );
        })}
      </Stack>
    </>
  );
}
