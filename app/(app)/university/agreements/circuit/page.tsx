import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AgreementTemplateSection } from "@/components/agreements/agreement-template-section";
import { CircuitEditor } from "@/components/agreements/circuit-editor";
import { PageHeader } from "@/components/ui/page-header";
import { getCircuit } from "@/lib/agreements/get-circuit";
import { forPage, pageActor } from "@/lib/identity/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements.circuit"))("title") };
}

export default async function CircuitPage() {
  const actor = await pageActor("UNIVERSITY_ADMIN");
  const universityId = actor.university?.id ?? "-";
  const [circuit, t] = await Promise.all([
    forPage(getCircuit(actor, universityId)),
    getTranslations("agreements.circuit"),
  ]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Card sx={{ maxWidth: 900 }}>
        <CardContent>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {t(`source.${circuit.source}`)}
          </Typography>
          <CircuitEditor
            universityId={universityId}
            initial={circuit.steps}
            initialReminderDays={circuit.reminderAfterDays}
          />
        </CardContent>
      </Card>
      <AgreementTemplateSection actor={actor} universityId={universityId} />
    </>
  );
}
