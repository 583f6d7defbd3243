import Download from "@mui/icons-material/Download";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountForm } from "@/components/identity/account-form";
import { ChangeEmailForm } from "@/components/identity/change-email-form";
import { DeleteAccount } from "@/components/identity/delete-account";
import { ChangePasswordForm } from "@/components/identity/change-password-form";
import { SessionList } from "@/components/identity/session-list";
import { TotpSettings } from "@/components/identity/totp-settings";
import { PageHeader } from "@/components/ui/page-header";
import { describeAccount } from "@/lib/identity/describe-account";
import { listSessions } from "@/lib/identity/list-sessions";
import { forPage, pageActor } from "@/lib/identity/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

export default async function ProfilePage() {
  const actor = await pageActor();
  const [account, sessions] = await Promise.all([forPage(describeAccount(actor)), forPage(listSessions(actor))]);
  const t = await getTranslations("profile");
  const roles = await getTranslations("roles");
  const enums = await getTranslations("enums");
  return (
    <>
      <PageHeader title={t("title")} />
      <Stack spacing={3} sx={{ maxWidth: 640 }}>
        <Card>
          <CardContent>
            <Typography variant="h2" gutterBottom>
              {t("account")}
            </Typography>
            <Typography>
              {t("emailStatus")}: {account.email} ({account.emailVerified ? t("verified") : t("notVerified")})
            </Typography>
            <Typography>
              {t("role")}: {roles(account.role)}
            </Typography>
            {account.enterprise && (
              <Typography>
                {t("memberOf", {
                  name: account.enterprise.name,
                  role: enums(`memberRole.${account.enterprise.memberRole}`),
                })}
              </Typography>
            )}
            {account.university && <Typography>{t("staffOf", { name: account.university.name })}</Typography>}
          </CardContent>
        </Card>
        <Card>
          <CardContent>
            <AccountForm defaults={{ name: account.name, locale: account.locale === "en" ? "en" : "fr" }} />
          </CardContent>
        </Card>
        {account.hasPassword && (
          <Card component="section" aria-labelledby="email-title">
            <CardContent>
              <Typography variant="h2" id="email-title" gutterBottom>
                {t("email.title")}
              </Typography>
              <Typography color="text.secondary" sx={{ mb: 2 }}>
                {t("email.lead", { email: account.email })}
              </Typography>
              <ChangeEmailForm />
            </CardContent>
          </Card>
        )}
        {account.hasPassword && (
          <Card component="section" aria-labelledby="password-title">
            <CardContent>
              <Typography variant="h2" id="password-title" gutterBottom>
                {t("password.title")}
              </Typography>
              <Typography color="text.secondary" sx={{ mb: 2 }}>
                {t("password.lead")}
              </Typography>
              <ChangePasswordForm />
            </CardContent>
          </Card>
        )}
        <Card component="section" aria-labelledby="two-factor-title">
          <CardContent>
            <Typography variant="h2" id="two-factor-title" gutterBottom>
              {t("totp.title")}
            </Typography>
            <TotpSettings enabled={actor.totpEnabled} canDisable={actor.role !== "SYSTEM_ADMIN"} />
          </CardContent>
        </Card>
        <Card component="section" aria-labelledby="data-title">
          <CardContent>
            <Typography variant="h2" id="data-title" gutterBottom>
              {t("data.title")}
            </Typography>
            <Typography color="text.secondary" sx={{ mb: 2 }}>
              {t("data.lead")}
            </Typography>
            <Button href="/api/v1/auth/me/export" download variant="outlined" startIcon={<Download />}>
              {t("data.download")}
            </Button>
          </CardContent>
        </Card>
        <Card component="section" aria-labelledby="sessions-title">
          <CardContent>
            <Typography variant="h2" id="sessions-title" gutterBottom>
              {t("sessions.title")}
            </Typography>
            <Typography color="text.secondary" sx={{ mb: 1 }}>
              {t("sessions.lead")}
            </Typography>
            <SessionList sessions={sessions} />
          </CardContent>
        </Card>
        <Card component="section" aria-labelledby="deletion-title">
          <CardContent>
            <Typography variant="h2" id="deletion-title" gutterBottom>
              {t("deletion.title")}
            </Typography>
            <DeleteAccount scheduledFor={account.deletionScheduledFor} hasPassword={account.hasPassword} />
          </CardContent>
        </Card>
      </Stack>
    </>
  );
}
