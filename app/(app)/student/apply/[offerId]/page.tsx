import Link from "@mui/material/Link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { ApplyForm } from "@/components/applications/apply-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { prepareApplication } from "@/lib/applications/prepare-application";
import { forPage, pageActor } from "@/lib/identity/page-guard";

type Props = { params: Promise<{ offerId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("applications.offer"))("apply") };
}

/** Applying to one offer: the draft saved as the student types, then sent. */
export default async function ApplyPage({ params }: Props) {
  const actor = await pageActor("STUDENT");
  const { offerId } = await params;
  const [prepared, t] = await Promise.all([
    forPage(prepareApplication(actor, offerId)),
    getTranslations("applications.apply"),
  ]);
  const { offer, application } = prepared;
  // Sent already: one live application per offer, shown where it is followed.
  if (application && application.status !== "DRAFT") redirect(`/student/applications/${application.id}`);
  if (!prepared.open) {
    return (
      <>
        <PageHeader title={t("title", { title: offer.title })} />
        <EmptyState title={t("closed")} hint={offer.enterprise} action={t("closedAction")} href="/offers" />
      </>
    );
  }
  return (
    <>
      <Link href={`/offers/${offer.id}`} sx={{ display: "inline-block", mb: 2 }}>
        {t("back")}
      </Link>
      <PageHeader
        title={t("title", { title: offer.title })}
        lead={t("lead", { enterprise: offer.enterprise, city: offer.city })}
      />
      <ApplyForm
        offerId={offer.id}
        cv={prepared.cv}
        draft={application}
        canSend={prepared.emailVerified}
        questions={offer.questions}
      />
    </>
  );
}
