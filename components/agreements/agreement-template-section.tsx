import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Typography from "@mui/material/Typography";
import { getTranslations } from "next-intl/server";
import { getAgreementTemplate } from "@/lib/agreements/save-agreement-template";
import type { Actor } from "@/lib/identity/actor";
import { forPage } from "@/lib/identity/page-guard";
import { AgreementTemplateEditor } from "./agreement-template-editor";

/** The circuit page's second card: the articles of the university's (or a department's) agreements. */
export async function AgreementTemplateSection({
  actor,
  universityId,
  departmentId,
}: {
  actor: Actor;
  universityId: string;
  departmentId?: string;
}) {
  const [template, t] = await Promise.all([
    forPage(getAgreementTemplate(actor, universityId, departmentId)),
    getTranslations("agreements.template"),
  ]);
  return (
    <Card sx={{ maxWidth: 900, mt: 3 }}>
      <CardContent>
        <Typography variant="h2" gutterBottom>
          {t("title")}
        </Typography>
        <Typography color="text.secondary">{t("lead")}</Typography>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t(`source.${template.source}`)}
        </Typography>
        <AgreementTemplateEditor
          key={`${departmentId ?? "university"}:${template.source}`}
          universityId={universityId}
          departmentId={departmentId}
          initial={{ fr: template.fr, en: template.en }}
        />
      </CardContent>
    </Card>
  );
}
