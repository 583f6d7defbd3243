import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Typography from "@mui/material/Typography";
import { getTranslations } from "next-intl/server";
import { RosterImportForm } from "@/components/universities/roster-import-form";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/identity/page-guard";
import { ROSTER_LIMITS } from "@/lib/universities/schemas";

export default async function RosterImportPage() {
  const me = await pageActor("UNIVERSITY_ADMIN");
  const t = await getTranslations("universities.import");
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Card sx={{ maxWidth: 1000 }}>
        <CardContent>
          <Typography sx={{ mb: 1 }}>{t("columns")}</Typography>
          <Typography color="text.secondary" sx={{ mb: 3 }}>
            {t("format", { megabytes: ROSTER_LIMITS.maxBytes / 1024 / 1024, rows: ROSTER_LIMITS.maxRows })}
          </Typography>
          <RosterImportForm universityId={me.university?.id ?? "-"} />
        </CardContent>
      </Card>
    </>
  );
}
