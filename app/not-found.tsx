import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/link-button";
import { MessagePage } from "@/components/ui/message-page";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <MessagePage code="404" title={t("title")} lead={t("lead")}>
      <LinkButton href="/dashboard" variant="contained">
        {t("dashboard")}
      </LinkButton>
      <LinkButton href="/">{t("home")}</LinkButton>
    </MessagePage>
  );
}
