import Stack from "@mui/material/Stack";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApplicationCard } from "@/components/applications/application-card";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { listStudentApplications } from "@/lib/applications/list-student-applications";
import { forPage, pageActor } from "@/lib/identity/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("applications.mine"))("title") };
}

export default async function MyApplicationsPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const actor = await pageActor("STUDENT");
  const { cursor } = await searchParams;
  const [page, t] = await Promise.all([
    forPage(listStudentApplications(actor, actor.studentId ?? "", { cursor: cursor?.slice(0, 200), limit: 20 })),
    getTranslations("applications.mine"),
  ]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {page.items.length === 0 && !cursor ? (
        <EmptyState title={t("empty")} hint={t("emptyHint")} action={t("browse")} href="/offers" />
      ) : (
        <Stack spacing={2} sx={{ maxWidth: 880 }}>
          {page.items.map((application) => (
            <ApplicationCard key={application.id} application={application} />
          ))}
          {page.nextCursor && (
            <LinkButton href={`?cursor=${encodeURIComponent(page.nextCursor)}`} sx={{ alignSelf: "flex-start" }}>
              {t("more")}
            </LinkButton>
          )}
        </Stack>
      )}
    </>
  );
}
