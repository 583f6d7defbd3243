import Alert from "@mui/material/Alert";
import Link from "@mui/material/Link";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApplicationCard } from "@/components/applications/application-card";
import { InterviewBooking } from "@/components/applications/interview-booking";
import { ScreeningAnswers } from "@/components/applications/screening-answers";
import { PageHeader } from "@/components/ui/page-header";
import { ApplicationAgreementSection } from "@/components/agreements/application-agreement-section";
import { getApplication } from "@/lib/applications/get-application";
import { getApplicationBooking } from "@/lib/applications/get-application-booking";
import { listOfferSlots } from "@/lib/applications/list-offer-slots";
import { forPage, pageActor } from "@/lib/identity/page-guard";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ sent?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("applications.mine"))("title") };
}

/** One of the student's applications, with what they sent. */
export default async function MyApplicationPage({ params, searchParams }: Props) {
  const actor = await pageActor("STUDENT");
  const [{ id }, { sent }] = await Promise.all([params, searchParams]);
  const [application, t, ta] = await Promise.all([
    forPage(getApplication(actor, id)),
    getTranslations("applications.mine"),
    getTranslations("applications.apply"),
  ]);
  const interviewing = application.status === "SHORTLISTED" || application.status === "INTERVIEW";
  const [slots, booking, ti] = interviewing
    ? await Promise.all([
        listOfferSlots(actor, application.offerId),
        getApplicationBooking(actor, application.id),
        getTranslations("applications.interviews"),
      ])
    : [[], null, null];
  return (
    <>
      <Link href="/student/applications" sx={{ display: "inline-block", mb: 2 }}>
        {t("title")}
      </Link>
      <PageHeader title={t("detailTitle", { title: application.offer.title })} />
      {sent && application.status === "SUBMITTED" && (
        <Alert severity="success" sx={{ mb: 2, maxWidth: 880 }}>
          {ta("submitted")}
        </Alert>
      )}
      <div style={{ maxWidth: 880 }}>
        <ApplicationCard application={application} detailed>
          <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
            {t("cv")}
          </Typography>
          <Typography color={application.cv ? undefined : "text.secondary"}>
            {application.cv ? (
              <Link href={`/api/v1/documents/${application.cv.documentId}/download`}>{application.cv.fileName}</Link>
            ) : (
              ta("cvNone")
            )}
          </Typography>
          {application.coverLetter && (
            <>
              <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
                {t("coverLetter")}
              </Typography>
              <Typography sx={{ whiteSpace: "pre-line" }}>{application.coverLetter}</Typography>
            </>
          )}
          <ScreeningAnswers answers={application.answers} headingLevel="h3" />
        </ApplicationCard>
        <ApplicationAgreementSection actor={actor} applicationId={application.id} />
        {interviewing && ti && (
          <section aria-labelledby="interview" style={{ marginTop: 24 }}>
            <Typography id="interview" variant="h2" gutterBottom>
              {ti("title")}
            </Typography>
            <InterviewBooking
              applicationId={application.id}
              slots={JSON.parse(JSON.stringify(slots))}
              booking={booking && JSON.parse(JSON.stringify(booking))}
            />
          </section>
        )}
      </div>
    </>
  );
}
