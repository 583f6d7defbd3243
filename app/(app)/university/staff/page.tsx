import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getTranslations } from "next-intl/server";
import { InviteStaffForm } from "@/components/universities/invite-staff-form";
import { PageHeader } from "@/components/ui/page-header";
import { forPage, pageActor } from "@/lib/identity/page-guard";
import { listStaff } from "@/lib/universities/list-staff";

export default async function StaffPage() {
  const { university, staff } = await forPage(listStaff(await pageActor()));
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t("nav.staff")} lead={university?.name} />
      <Stack spacing={3} sx={{ maxWidth: 720 }}>
        {university && (
          <Card>
            <CardContent>
              <Typography variant="h2" gutterBottom>
                {t("dashboard.inviteStaff")}
              </Typography>
              <InviteStaffForm universityId={university.id} />
            </CardContent>
          </Card>
        )}
        <Card>
          <List>
            {staff.map((member) => (
              <ListItem key={member.id}>
                <ListItemText
                  primary={`${member.user.name} — ${t(`roles.${member.user.role}`)}`}
                  secondary={member.user.email}
                />
              </ListItem>
            ))}
          </List>
        </Card>
      </Stack>
    </>
  );
}
