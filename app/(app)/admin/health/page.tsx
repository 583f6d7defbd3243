import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HealthView } from "@/components/operations/health-view";
import { PageHeader } from "@/components/ui/page-header";
import { forPage, pageActor } from "@/lib/identity/page-guard";
import { describeHealth } from "@/lib/operations/describe-health";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("health") };
}

export default async function HealthPage() {
  const actor = await pageActor("SYSTEM_ADMIN");
  const health = await forPage(describeHealth(actor));
  const [tn, t] = await Promise.all([getTranslations("nav"), getTranslations("admin.health")]);
  return (
    <>
      <PageHeader title={tn("health")} lead={t("lead")} />
      <HealthView health={health} />
    </>
  );
}
