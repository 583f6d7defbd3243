import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { describeOwnEnterprise } from "@/lib/enterprises/describe-own-enterprise";
import { forPage, pageActor } from "@/lib/identity/page-guard";

export default async function EnterprisePage() {
  const enterprise = await forPage(describeOwnEnterprise(await pageActor()));
  const t = await getTranslations("dashboard");
  const enums = await getTranslations("enums");
  return (
    <>
      <PageHeader title={enterprise.name} lead={enterprise.description ?? undefined} />
      <Stack spacing={3} sx={{ maxWidth: 720 }}>
        <Card>
          <CardContent>
            <Chip label={t("verificationStatus", { status: enums(`verificationStatus.${enterprise.verificationStatus}`) })} sx={{ mb: 1 }} />
            {enterprise.sector && <Typography>{enterprise.sector}</Typography>}
            {enterprise.website && <Typography>{enterprise.website}</Typography>}
            {enterprise.locations.map((l) => (
              <Typography key={l.id}>
                {l.city}, {l.country}
              </Typography>
            ))}
          </CardContent>
        </Card>
        <Card>
          <List>
            {enterprise.members.map((m) => (
              <ListItem key={m.id}>
                <ListItemText primary={`${m.user.name} — ${enums(`memberRole.${m.role}`)}`} secondary={m.user.email} />
              </ListItem>
            ))}
          </List>
        </Card>
      </Stack>
    </>
  );
}
