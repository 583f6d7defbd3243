import { getTranslations } from "next-intl/server";
import { TokenActionForm } from "@/components/identity/token-action-form";
import { AuthCard } from "@/components/ui/auth-card";

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("resetTitle")}>
      <TokenActionForm kind="resetPassword" token={token ?? ""} />
    </AuthCard>
  );
}
