import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/identity/forgot-password-form";
import { AuthCard } from "@/components/ui/auth-card";

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("resetRequestTitle")}>
      <ForgotPasswordForm />
    </AuthCard>
  );
}
