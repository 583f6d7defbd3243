import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ExportProgress } from "@/components/reports/export-progress";
import { PageHeader } from "@/components/ui/page-header";
import { forPage, pageActor } from "@/lib/identity/page-guard";
import { getExport } from "@/lib/reports/get-export";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboards.exportJobs"))("title") };
}

/** One background export of the caller's (the notification and the e-mail link here): progress, then the file. */
export default async function ExportPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await pageActor();
  const { id } = await params;
  const [job, t] = await Promise.all([forPage(getExport(me, id)), getTranslations("dashboards.exportJobs")]);
  return (
    <>
      <PageHeader title={t("title")} />
      <Card>
        <CardContent>
          <ExportProgress initial={job} />
        </CardContent>
      </Card>
    </>
  );
}
