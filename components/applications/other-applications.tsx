import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Link from "@mui/material/Link";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getFormatter, getTranslations } from "next-intl/server";
import { listOtherApplications } from "@/lib/applications/list-other-applications";
import type { Actor } from "@/lib/identity/actor";
import { StatusChip } from "./status-chip";

/** The same student's other applications to the enterprise's offers, each a link with its status. */
export async function OtherApplications({
  actor,
  applicationId,
  name,
}: {
  actor: Actor;
  applicationId: string;
  name: string;
}) {
  const [others, t, format] = await Promise.all([
    listOtherApplications(actor, applicationId),
    getTranslations("applications.applicantMore"),
    getFormatter(),
  ]);
  return (
    <Card component="section" aria-labelledby="other-applications">
      <CardContent>
        <Typography id="other-applications" variant="h2" gutterBottom>
          {t("others")}
        </Typography>
        {others.length === 0 ? (
          <Typography color="text.secondary">{t("noOthers")}</Typography>
        ) : (
          <List dense aria-label={t("othersLabel", { name })} data-testid="other-applications">
            {others.map((other) => (
              <ListItem key={other.id} disableGutters>
                <Stack spacing={0.5}>
                  <Link href={`/enterprise/applications/${other.id}`}>{other.offer.title}</Link>
                  <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
                    <StatusChip status={other.status} />
                    {other.submittedAt && (
                      <Typography variant="caption" color="text.secondary">
                        {format.dateTime(other.submittedAt, { dateStyle: "medium" })}
                      </Typography>
                    )}
                  </Stack>
                </Stack>
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
}
