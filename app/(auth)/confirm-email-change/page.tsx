import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TokenActionForm } from "@/components/identity/token-action-form";
import { AuthCard } from "@/components/ui/auth-card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("changeEmailTitle") };
}

/** Reached from the link sent to a new address: one click makes it the account's. */
export default async function ConfirmEmailChangePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("changeEmailTitle")}>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t("changeEmailIntro")}
      </Typography>
      <TokenActionForm kind="changeEmail" token={token ?? ""} />
    </AuthCard>
  );
}
