import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { RegisterForm } from "@/components/identity/register-form";
import { AuthCard } from "@/components/ui/auth-card";
import { sessionActor } from "@/lib/identity/current-actor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("registerTitle") };
}

export default async function RegisterPage({ searchParams }: { searchParams: Promise<{ role?: string }> }) {
  if (await sessionActor()) redirect("/dashboard");
  const { role } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("registerTitle")}>
      <RegisterForm initialRole={role === "ENTERPRISE" ? "ENTERPRISE" : "STUDENT"} />
    </AuthCard>
  );
}
