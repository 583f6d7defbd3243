import Description from "@mui/icons-material/DescriptionOutlined";
import Alert from "@mui/material/Alert";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Grid from "@mui/material/Grid";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ApplicantInterviewSection } from "@/components/applications/applicant-interview-section";
import { ApplicationTimeline } from "@/components/applications/application-timeline";
import { MatchReasons } from "@/components/applications/match-reasons";
import { ScreeningAnswersCard } from "@/components/applications/screening-answers";
import { CvPreview } from "@/components/applications/cv-preview";
import { MoveApplication } from "@/components/applications/move-application";
import { OtherApplications } from "@/components/applications/other-applications";
import { InterviewSlotsEditor } from "@/components/applications/interview-slots-editor";
import { ScorecardSection } from "@/components/applications/scorecard-section";
import { StatusChip } from "@/components/applications/status-chip";
import { PageHeader } from "@/components/ui/page-header";
import { getApplication } from "@/lib/applications/get-application";
import { listOfferSlots } from "@/lib/applications/list-offer-slots";
import { forPage, pageActor } from "@/lib/identity/page-guard";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("applications.applicants"))("title") };
}

/** One applicant, for the enterprise: who, what they sent, how they match, what happened, and the next move. */
export default async function ApplicantPage({ params }: Props) {
  const actor = await pageActor("ENTERPRISE");
  const { id } = await params;
  const [a, t, format] = await Promise.all([
    forPage(getApplication(actor, id)),
    getTranslations("applications.applicant"),
    getFormatter(),
  ]);
  const [slots, ti] = await Promise.all([
    listOfferSlots(actor, a.offer.id),
    getTranslations("applications.interviews"),
  ]);
  const school = [a.student.program, a.student.university].filter(Boolean).join(" · ");
  return (
    <>
      <Link href={`/enterprise/offers/${a.offer.id}/applicants`} sx={{ display: "inline-block", mb: 2 }}>
        {t("back")}
      </Link>
      <PageHeader title={t("title", { name: a.student.name })} lead={t("lead", { title: a.offer.title })} />
      <Stack direction="row" spacing={1} sx={{ mb: 3, alignItems: "center" }}>
        <StatusChip status={a.status} size="medium" />
        {a.submittedAt && (
          <Typography color="text.secondary">{format.dateTime(a.submittedAt, { dateStyle: "long" })}</Typography>
        )}
      </Stack>
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, md: 8 }}>
          <Stack spacing={3}>
            <Card component="section" aria-labelledby="cover-letter">
              <CardContent>
                <Typography id="cover-letter" variant="h2" gutterBottom>
                  {t("coverLetter")}
                </Typography>
                {a.coverLetter ? (
                  <Typography sx={{ whiteSpace: "pre-line" }}>{a.coverLetter}</Typography>
                ) : (
                  <Typography color="text.secondary">{t("noCoverLetter")}</Typography>
                )}
              </CardContent>
            </Card>
            <ScreeningAnswersCard answers={a.answers} />
            <CvPreview cv={a.cv} />
            <Card component="section" aria-labelledby="match">
              <CardContent>
                <Typography id="match" variant="h2">
                  {t("match", { score: a.matchScore ?? 0 })}
                </Typography>
                <MatchReasons reasons={a.matchReasons} empty={t("noReasons")} />
              </CardContent>
            </Card>
            <ScorecardSection actor={actor} applicationId={a.id} />
            <Card component="section" aria-labelledby="interview-slots">
              <CardContent>
                <Typography id="interview-slots" variant="h2" gutterBottom>
                  {ti("slotsTitle")}
                </Typography>
                <InterviewSlotsEditor
                  offerId={a.offer.id}
                  canEdit={actor.enterprise?.memberRole !== "TUTOR"}
                  slots={JSON.parse(JSON.stringify(slots))}
                />
              </CardContent>
            </Card>
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Stack spacing={3}>
            <Card component="section" aria-labelledby="decision">
              <CardContent>
                <Typography id="decision" variant="h2" gutterBottom>
                  {t("move")}
                </Typography>
                {actor.enterprise?.memberRole === "TUTOR" ? (
                  <Alert severity="info">{t("readOnly")}</Alert>
                ) : (
                  <MoveApplication applicationId={a.id} name={a.student.name} allowed={a.allowed} variant="buttons" />
                )}
              </CardContent>
            </Card>
            <ApplicantInterviewSection actor={actor} applicationId={a.id} offerId={a.offer.id} name={a.student.name} />
            <Card component="section" aria-labelledby="candidate">
              <CardContent>
                <Typography id="candidate" variant="h2" gutterBottom>
                  {t("contact")}
                </Typography>
                {a.student.headline && <Typography sx={{ mb: 1 }}>{a.student.headline}</Typography>}
                <Typography>
                  <Link href={`mailto:${a.student.email}`}>{a.student.email}</Link>
                </Typography>
                {school && (
                  <Typography color="text.secondary" sx={{ mt: 1 }}>
                    {t("school")} : {school}
                  </Typography>
                )}
                <Typography variant="h3" component="h3" sx={{ mt: 2, fontSize: "1rem" }}>
                  {t("cv")}
                </Typography>
                {a.cv ? (
                  <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
                    <Description color="primary" aria-hidden />
                    <Link
                      href={`/api/v1/documents/${a.cv.documentId}/download`}
                      aria-label={t("download", { name: a.cv.fileName })}
                    >
                      {a.cv.fileName}
                    </Link>
                  </Stack>
                ) : (
                  <Typography color="text.secondary">{t("noCv")}</Typography>
                )}
              </CardContent>
            </Card>
            <OtherApplications actor={actor} applicationId={a.id} name={a.student.name} />
            <Card component="section" aria-labelledby="history">
              <CardContent>
                <Typography id="history" variant="h2">
                  {t("history")}
                </Typography>
                <ApplicationTimeline history={a.history} label={t("history")} />
              </CardContent>
            </Card>
          </Stack>
        </Grid>
      </Grid>
    </>
  );
}
