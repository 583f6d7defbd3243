import { getTranslations } from "next-intl/server";
import { TokenActionForm } from "@/components/identity/token-action-form";
import { AuthCard } from "@/components/ui/auth-card";

export default async function InvitationPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("invitationTitle")}>
      <TokenActionForm kind="invitation" token={token ?? ""} />
    </AuthCard>
  );
}
