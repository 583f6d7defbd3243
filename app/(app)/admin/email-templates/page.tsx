import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmailTemplateList } from "@/components/notifications/email-template-list";
import { PageHeader } from "@/components/ui/page-header";
import { forPage, pageActor } from "@/lib/identity/page-guard";
import { listEmailTemplates } from "@/lib/notifications/list-email-templates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.templates"))("title") };
}

/** The platform's e-mails in each language: the default wording, the staff's, an editor with a preview. */
export default async function EmailTemplatesPage() {
  const actor = await pageActor("SYSTEM_ADMIN");
  const templates = await forPage(listEmailTemplates(actor));
  const t = await getTranslations("notifications.templates");
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <EmailTemplateList templates={templates} />
    </>
  );
}
