import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getFormatter, getTranslations } from "next-intl/server";
import { EvaluationAnswers } from "@/components/internships/evaluation-answers";
import { PartyEvaluationForm, SendTutorLinkButton } from "@/components/internships/party-evaluation";
import { PageHeader } from "@/components/ui/page-header";
import { forPage, pageActor } from "@/lib/identity/page-guard";
import { listInternshipEvaluations } from "@/lib/internships/list-internship-evaluations";

/** Every evaluation of an internship its party may read; theirs to fill, generated from the university's form. */
export default async function InternshipEvaluationsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await pageActor();
  const data = await forPage(listInternshipEvaluations(actor, id));
  const t = await getTranslations("internshipEvaluations");
  const format = await getFormatter();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  const mayAskTutor = actor.role !== "STUDENT" && data.internship.status === "ACTIVE";
  return (
    <Stack spacing={3}>
      <Link href={`/internships/${id}`} sx={{ alignSelf: "flex-start" }}>
        {t("fill.back")}
      </Link>
      <PageHeader
        title={t("fill.title")}
        lead={`${data.internship.studentName} — ${data.internship.enterpriseName}${data.internship.offerTitle ? ` — ${data.internship.offerTitle}` : ""}`}
      />
      {data.items.map((item) => (
        <Card key={item.kind} component="section" aria-labelledby={`evaluation-${item.kind}`} variant="outlined">
          <CardContent>
            <Stack spacing={2}>
              <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap" }}>
                <Typography component="h2" variant="h6" id={`evaluation-${item.kind}`} sx={{ scrollMarginTop: 96 }}>
                  {t(`kinds.${item.kind}`)}
                </Typography>
                {item.mine && !item.submitted && <Chip size="small" color="primary" label={t("fill.yours")} />}
              </Stack>
              {item.submitted ? (
                <>
                  <Typography variant="body2">
                    {t("fill.submittedOn", { date: day(item.submitted.submittedAt) })}
                    {item.submitted.evaluatorName
                      ? ` ${t("fill.submittedBy", { name: item.submitted.evaluatorName })}`
                      : ""}
                    {" · "}
                    {item.submitted.formVersion === 0
                      ? t("fill.defaultForm")
                      : t("fill.formVersion", { version: item.submitted.formVersion })}
                    {item.submitted.overall !== null
                      ? ` · ${t("fill.overall", { percent: item.submitted.overall })}`
                      : ""}
                  </Typography>
                  <EvaluationAnswers
                    form={item.submitted.form}
                    answers={item.submitted.answers}
                    comment={item.submitted.comment}
                  />
                </>
              ) : (
                <Typography variant="body2">
                  {t("fill.notYet")} · {t("fill.opensOn", { date: day(item.opensOn) })}
                </Typography>
              )}
              {item.toFill && (
                <PartyEvaluationForm
                  internshipId={id}
                  kind={item.kind}
                  definition={item.toFill.definition}
                  agreement={data.agreement}
                />
              )}
              {mayAskTutor && !item.submitted && item.party === "TUTOR" && (
                <SendTutorLinkButton internshipId={id} kind={item.kind} />
              )}
            </Stack>
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
}
