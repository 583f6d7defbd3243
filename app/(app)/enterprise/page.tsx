import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { UnansweredApplicationsCard } from "@/components/applications/unanswered-applications-card";
import { InviteMemberForm } from "@/components/enterprises/invite-member-form";
import { LogoUpload } from "@/components/enterprises/logo-upload";
import { MembersList } from "@/components/enterprises/members-list";
import { ProfileForm } from "@/components/enterprises/profile-form";
import { VerificationCard } from "@/components/enterprises/verification-card";
import { CareersPageCard } from "@/components/imports/careers-page-card";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { describeOwnEnterprise } from "@/lib/enterprises/describe-own-enterprise";
import { forPage, pageActor } from "@/lib/identity/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("enterprises.settings"))("title") };
}

export default async function EnterpriseSettingsPage() {
  const actor = await pageActor("ENTERPRISE");
  const enterprise = await forPage(describeOwnEnterprise(actor));
  const t = await getTranslations("enterprises");
  const roles = await getTranslations("enums.memberRole");
  const format = await getFormatter();
  const readOnly = !enterprise.canManage;
  // The last admin cannot be removed (the enterprise would have no one to manage it): not offered.
  const admins = enterprise.members.filter((m) => m.role === "ADMIN").length;
  return (
    <>
      <PageHeader title={enterprise.name} lead={t("settings.lead")} />
      <Stack spacing={3} sx={{ maxWidth: 960 }}>
        <LinkButton href={`/enterprises/${enterprise.slug}`} variant="outlined" sx={{ alignSelf: "flex-start" }}>
          {t("settings.publicPage")}
        </LinkButton>
        <UnansweredApplicationsCard actor={actor} />
        <VerificationCard
          status={enterprise.verificationStatus}
          verifiedAt={enterprise.verifiedAt}
          registrationNumber={enterprise.registrationNumber}
          latest={enterprise.latestVerification}
          canManage={enterprise.canManage}
        />
        <Card component="section" aria-labelledby="profile-title">
          <CardContent>
            <Stack spacing={3}>
              <Typography id="profile-title" variant="h2">
                {t("profile.title")}
              </Typography>
              {readOnly && <Typography color="text.secondary">{t("settings.readOnly")}</Typography>}
              <LogoUpload name={enterprise.name} logoUrl={enterprise.logoUrl} readOnly={readOnly} />
              <ProfileForm
                readOnly={readOnly}
                defaults={{
                  name: enterprise.name,
                  sector: enterprise.sector,
                  size: enterprise.size,
                  description: enterprise.description,
                  website: enterprise.website,
                  applicationEmail: enterprise.applicationEmail ?? "",
                  locations: enterprise.locations.map(({ city, country, address }) => ({ city, country, address })),
                  contacts: enterprise.contacts.map(({ name, email, phone, position }) => ({
                    name,
                    email,
                    phone,
                    position,
                  })),
                  certifications: enterprise.certifications.map(({ name, issuer, year }) => ({ name, issuer, year })),
                }}
              />
            </Stack>
          </CardContent>
        </Card>
        {enterprise.canManage && <CareersPageCard actor={actor} />}
        <Card component="section" aria-labelledby="members-title">
          <CardContent>
            <Stack spacing={2}>
              <Typography id="members-title" variant="h2">
                {t("members.title")}
              </Typography>
              <MembersList
                members={enterprise.members.map((m) => ({
                  id: m.id,
                  name: m.user.name,
                  email: m.user.email,
                  role: m.role,
                  isMe: m.user.id === actor.userId,
                  removable: enterprise.canManage && !(m.role === "ADMIN" && admins <= 1),
                }))}
              />
              {enterprise.canManage && (
                <>
                  <Typography variant="h3">{t("members.pending")}</Typography>
                  {enterprise.invitations.length === 0 ? (
                    <Typography color="text.secondary">{t("members.pendingEmpty")}</Typography>
                  ) : (
                    <List dense aria-label={t("members.pending")}>
                      {enterprise.invitations.map((invitation) => (
                        <ListItem key={invitation.id}>
                          <ListItemText
                            primary={`${invitation.email} · ${roles(invitation.role)}`}
                            secondary={t("members.expires", {
                              date: format.dateTime(invitation.expiresAt, { dateStyle: "long" }),
                            })}
                          />
                        </ListItem>
                      ))}
                    </List>
                  )}
                  <Typography variant="h3">{t("members.inviteTitle")}</Typography>
                  <InviteMemberForm />
                </>
              )}
            </Stack>
          </CardContent>
        </Card>
      </Stack>
    </>
  );
}
