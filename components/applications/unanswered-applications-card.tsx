import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Link from "@mui/material/Link";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import Typography from "@mui/material/Typography";
import { getFormatter, getTranslations } from "next-intl/server";
import { listUnansweredApplications } from "@/lib/applications/list-unanswered-applications";
import type { Actor } from "@/lib/identity/actor";

/** The enterprise dashboard's flag: applications sent more than 10 days ago and never answered, each linked. */
export async function UnansweredApplicationsCard({ actor }: { actor: Actor }) {
  const [{ total, items }, t, format] = await Promise.all([
    listUnansweredApplications(actor),
    getTranslations("applications.unanswered"),
    getFormatter(),
  ]);
  if (total === 0) return null;
  return (
    <Card component="section" id="unanswered" aria-labelledby="unanswered-title" sx={{ borderColor: "warning.main" }}>
      <CardContent>
        <Typography id="unanswered-title" variant="h2" gutterBottom>
          {t("title")}
        </Typography>
        <Typography color="text.secondary">{t("lead", { count: total })}</Typography>
        <List dense aria-labelledby="unanswered-title">
          {items.map((item) => (
            <ListItem key={item.id} disableGutters>
              <ListItemText
                primary={
                  <Link href={`/enterprise/applications/${item.id}`}>
                    {t("line", { name: item.studentName, title: item.offerTitle })}
                  </Link>
                }
                secondary={t("sent", { date: format.dateTime(item.submittedAt, { dateStyle: "long" }) })}
              />
            </ListItem>
          ))}
        </List>
        {total > items.length && (
          <Typography color="text.secondary">{t("more", { count: total - items.length })}</Typography>
        )}
      </CardContent>
    </Card>
  );
}
