import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/link-button";
import { MessagePage } from "@/components/ui/message-page";

export default async function Forbidden() {
  const t = await getTranslations();
  return (
    <MessagePage code="403" title={t("error.forbiddenTitle")} lead={t("error.forbiddenLead")}>
      <LinkButton href="/dashboard" variant="contained">
        {t("notFound.dashboard")}
      </LinkButton>
    </MessagePage>
  );
}
