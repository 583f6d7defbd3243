import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/identity/sign-out-button";
import { TotpSettings } from "@/components/identity/totp-settings";
import { AuthCard } from "@/components/ui/auth-card";
import { sessionActor } from "@/lib/identity/current-actor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile.totp"))("requiredTitle") };
}

/** Where a system admin without a second factor is sent before anything else (page-guard.ts). */
export default async function TwoFactorEnrolmentPage() {
  const actor = await sessionActor();
  if (!actor) redirect("/sign-in");
  if (actor.totpEnabled) redirect("/profile");
  const t = await getTranslations("profile.totp");
  return (
    <AuthCard title={t("requiredTitle")}>
      <Stack spacing={2}>
        <Typography>{t("requiredLead")}</Typography>
        <TotpSettings enabled={false} canDisable={false} continueHref="/dashboard" />
        <SignOutButton label={t("signOutInstead")} />
      </Stack>
    </AuthCard>
  );
}
