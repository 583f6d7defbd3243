import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/identity/sign-in-form";
import { AuthCard } from "@/components/ui/auth-card";
import { safePath } from "@/lib/core/safe-path";
import { sessionActor } from "@/lib/identity/current-actor";
import { oauthProviders } from "@/lib/identity/next-auth";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
}) {
  const { callbackUrl } = await searchParams;
  if (await sessionActor()) redirect(safePath(callbackUrl));
  const t = await getTranslations("auth");
  const providers = oauthProviders().map((p) => {
    const options = typeof p === "function" ? p() : p;
    return { id: options.id, name: options.name };
  });
  return (
    <AuthCard title={t("signInTitle")}>
      <SignInForm callbackUrl={safePath(callbackUrl)} providers={providers} />
    </AuthCard>
  );
}
