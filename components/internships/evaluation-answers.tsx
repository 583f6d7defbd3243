"use client";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useLocale, useTranslations } from "next-intl";
import type { Answers, FormDefinition, Label, Question } from "@/lib/internships/evaluation-schemas";
import { authoredLanguage } from "@/lib/core/i18n-config";

/** A submitted evaluation, read-only, with the form as it was answered (its copy on the evaluation). */
export function EvaluationAnswers({
  form,
  answers,
  comment,
}: {
  form: { definition: FormDefinition; agreement: Record<string, string | null> };
  answers: Answers;
  comment: string | null;
}) {
  const t = useTranslations("internshipEvaluations.fill");
  const locale = useLocale();
  const label = (l: Label) => l[authoredLanguage(locale)];
  const value = (q: Question) => {
    if (q.type === "agreement") return (q.agreementField && form.agreement?.[q.agreementField]) || t("notInAgreement");
    const answer = answers[q.key];
    if (answer === undefined || answer === null || answer === "") return t("noAnswer");
    if (q.type === "yesNo") return answer ? t("yes") : t("no");
    if (q.type === "choice") {
      const option = q.options?.find((o) => o.key === answer);
      return option ? label(option.label) : String(answer);
    }
    if (q.type === "scale") return `${answer} / 5`;
    return String(answer);
  };
  return (
    <Stack spacing={2}>
      {form.definition.sections.map((section) => (
        <section key={section.key}>
          <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
            {label(section.title)}
          </Typography>
          <dl style={{ margin: 0 }}>
            {section.questions.map((q) => (
              <div key={q.key}>
                <Typography component="dt" variant="body2" color="text.secondary">
                  {label(q.label)}
                </Typography>
                <Typography component="dd" sx={{ m: 0, mb: 1, whiteSpace: "pre-line" }}>
                  {value(q)}
                </Typography>
              </div>
            ))}
          </dl>
        </section>
      ))}
      {comment && (
        <div>
          <Typography variant="body2" color="text.secondary">
            {t("comment")}
          </Typography>
          <Typography sx={{ whiteSpace: "pre-line" }}>{comment}</Typography>
        </div>
      )}
    </Stack>
  );
}
