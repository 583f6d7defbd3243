import { getTranslations } from "next-intl/server";
import { TokenActionForm } from "@/components/identity/token-action-form";
import { AuthCard } from "@/components/ui/auth-card";

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("verifyTitle")}>
      <TokenActionForm kind="verifyEmail" token={token ?? ""} />
    </AuthCard>
  );
}
