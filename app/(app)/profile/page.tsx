import Download from "@mui/icons-material/Download";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CalendarFeedSection } from "@/components/calendar/calendar-feed-section";
import { AccountForm } from "@/components/identity/account-form";
import { ChangeEmailForm } from "@/components/identity/change-email-form";
import { DeleteAccount } from "@/components/identity/delete-account";
import { ChangePasswordForm } from "@/components/identity/change-password-form";
import { SessionList } from "@/components/identity/session-list";
import { TotpSettings } from "@/components/identity/totp-settings";
import { PushSettingsCard } from "@/components/notifications/push-settings-card";
import { PageHeader } from "@/components/ui/page-header";
import { SectionCard } from "@/components/ui/section-card";
import { asLocale } from "@/lib/core/i18n-config";
import { getCalendarFeed } from "@/lib/calendar/get-calendar-feed";
import { describeAccount } from "@/lib/identity/describe-account";
import { listSessions } from "@/lib/identity/list-sessions";
import { forPage, pageActor } from "@/lib/identity/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

export default async function ProfilePage() {
  const actor = await pageActor();
  const [account, sessions, calendarFeed] = await Promise.all([
    forPage(describeAccount(actor)),
    forPage(listSessions(actor)),
    forPage(getCalendarFeed(actor)),
  ]);
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
            <AccountForm defaults={{ name: account.name, locale: asLocale(account.locale) }} />
          </CardContent>
        </Card>
        <PushSettingsCard />
        {account.hasPassword && (
          <SectionCard id="email" title={t("email.title")} lead={t("email.lead", { email: account.email })}>
            <ChangeEmailForm />
          </SectionCard>
        )}
        {account.hasPassword && (
          <SectionCard id="password" title={t("password.title")} lead={t("password.lead")}>
            <ChangePasswordForm />
          </SectionCard>
        )}
        <SectionCard id="two-factor" title={t("totp.title")}>
          <TotpSettings enabled={actor.totpEnabled} canDisable={actor.role !== "SYSTEM_ADMIN"} />
        </SectionCard>
        <CalendarFeedSection feed={calendarFeed} />
        <SectionCard id="data" title={t("data.title")} lead={t("data.lead")}>
          <Button href="/api/v1/auth/me/export" download variant="outlined" startIcon={<Download />}>
            {t("data.download")}
          </Button>
        </SectionCard>
        <SectionCard id="sessions" title={t("sessions.title")} lead={t("sessions.lead")}>
          <SessionList sessions={sessions} />
        </SectionCard>
        <SectionCard id="deletion" title={t("deletion.title")}>
          <DeleteAccount scheduledFor={account.deletionScheduledFor} hasPassword={account.hasPassword} />
        </SectionCard>
      </Stack>
    </>
  );
}
