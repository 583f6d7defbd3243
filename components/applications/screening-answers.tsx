import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import type { ApplicationView } from "@/lib/applications/application-view";

/**
 * The answers to the offer's screening questions, each under the question as the student read it
 * (the enterprise may have edited its questions since). Nothing when the offer asked none.
 */
export function ScreeningAnswers({
  answers,
  headingLevel = "h2",
}: {
  answers: ApplicationView["answers"];
  headingLevel?: "h2" | "h3";
}) {
  const t = useTranslations("applications.screening");
  if (answers.length === 0) return null;
  const shown = (answer: ApplicationView["answers"][number]) =>
    answer.value === null
      ? t("noAnswer")
      : answer.kind === "YES_NO"
        ? t(answer.value === "yes" ? "yes" : "no")
        : answer.value;
  return (
    <section aria-labelledby="screening-answers">
      <Typography
        id="screening-answers"
        variant={headingLevel === "h2" ? "h2" : "subtitle2"}
        component={headingLevel}
        gutterBottom
        sx={headingLevel === "h3" ? { mt: 2 } : undefined}
      >
        {t("answersTitle")}
      </Typography>
      <dl style={{ margin: 0 }}>
        {answers.map((answer, i) => (
          <div key={answer.questionId ?? `asked-${i}`} style={{ marginBottom: 12 }}>
            <Typography component="dt" sx={{ fontWeight: 600 }}>
              {answer.question}
            </Typography>
            <Typography
              component="dd"
              sx={{ m: 0, whiteSpace: "pre-line" }}
              color={answer.value === null ? "text.secondary" : undefined}
            >
              {shown(answer)}
            </Typography>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The same, as a card of the enterprise's applicant page. */
export function ScreeningAnswersCard({ answers }: { answers: ApplicationView["answers"] }) {
  if (answers.length === 0) return null;
  return (
    <Card>
      <CardContent>
        <ScreeningAnswers answers={answers} />
      </CardContent>
    </Card>
  );
}
