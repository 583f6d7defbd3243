import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AgreementTemplateSection } from "@/components/agreements/agreement-template-section";
import { CircuitEditor } from "@/components/agreements/circuit-editor";
import { CircuitScopePicker } from "@/components/agreements/circuit-scope-picker";
import { RemoveCircuitOverride } from "@/components/agreements/remove-circuit-override";
import { PageHeader } from "@/components/ui/page-header";
import { getCircuit } from "@/lib/agreements/get-circuit";
import { listCircuitScopes } from "@/lib/agreements/list-circuit-scopes";
import { forPage, pageActor } from "@/lib/identity/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements.circuit"))("title") };
}

type Search = Record<string, string | string[] | undefined>;

/** The signing circuit and the articles of the whole university, or of one department (`?department=`). */
export default async function CircuitPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await pageActor("UNIVERSITY_ADMIN");
  const universityId = actor.university?.id ?? "-";
  const asked = (await searchParams).department;
  const departmentId = typeof asked === "string" && asked ? asked : undefined;
  const [scopes, circuit, t] = await Promise.all([
    forPage(listCircuitScopes(actor, universityId)),
    forPage(getCircuit(actor, universityId, departmentId)),
    getTranslations("agreements.circuit"),
  ]);
  const department = scopes.find((scope) => scope.id === departmentId);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {scopes.length > 0 && <CircuitScopePicker scopes={scopes} departmentId={departmentId ?? ""} />}
      <Card sx={{ maxWidth: 900 }}>
        <CardContent>
          {department && (
            <Typography variant="h2" gutterBottom>
              {t("scope.editing", { name: department.name })}
            </Typography>
          )}
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {t(`source.${circuit.source}`)}
            {department && circuit.source !== "department" ? ` ${t("scope.inherits")}` : ""}
          </Typography>
          <CircuitEditor
            key={`${departmentId ?? "university"}:${circuit.source}`}
            universityId={universityId}
            departmentId={departmentId}
            initial={circuit.steps}
            initialReminderDays={circuit.reminderAfterDays}
          />
        </CardContent>
      </Card>
      <AgreementTemplateSection actor={actor} universityId={universityId} departmentId={departmentId} />
      {department && (department.ownCircuit || department.ownArticles) && (
        <RemoveCircuitOverride universityId={universityId} departmentId={department.id} />
      )}
    </>
  );
}
