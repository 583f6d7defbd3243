import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RejectionTemplatesManager } from "@/components/applications/rejection-templates-manager";
import { PageHeader } from "@/components/ui/page-header";
import { listRejectionTemplates } from "@/lib/applications/list-rejection-templates";
import { TEMPLATE_VARIABLES } from "@/lib/applications/rejection-template-text";
import { forPage, pageActor } from "@/lib/identity/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evaluations.templates"))("title") };
}

/** The enterprise's rejection message templates, for its admins and recruiters. */
export default async function RejectionTemplatesPage() {
  const actor = await pageActor("ENTERPRISE");
  const [page, t] = await Promise.all([
    forPage(listRejectionTemplates(actor, actor.enterprise?.id ?? "")),
    getTranslations("evaluations.templates"),
  ]);
  const list = TEMPLATE_VARIABLES.map((v) => `{${v}}`).join(", ");
  return (
    <>
      <PageHeader title={t("title")} lead={`${t("lead")} ${t("variables", { list })}`} />
      <RejectionTemplatesManager templates={page.items} />
    </>
  );
}
