import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Link from "@mui/material/Link";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import Typography from "@mui/material/Typography";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/identity/actor";
import { listDueEvaluations } from "@/lib/internships/list-due-evaluations";

/** "Evaluations to fill in" on the dashboard: the caller's own open forms not sent yet; nothing when none. */
export async function EvaluationsDueCard({ actor }: { actor: Actor }) {
  const [items, t, format] = await Promise.all([
    listDueEvaluations(actor),
    getTranslations("internshipEvaluations"),
    getFormatter(),
  ]);
  if (items.length === 0) return null;
  return (
    <Card sx={{ mb: 3 }} data-testid="evaluations-due">
      <CardContent>
        <Typography variant="h2" gutterBottom>
          {t("dashboard.due")}
        </Typography>
        <List dense>
          {items.map((item) => (
            <ListItem key={`${item.internshipId}-${item.kind}`} disableGutters>
              <ListItemText
                primary={
                  <Link href={`/internships/${item.internshipId}/evaluations#evaluation-${item.kind}`}>
                    {t("dashboard.dueItem", { form: t(`kinds.${item.kind}`), student: item.studentName })}
                  </Link>
                }
                secondary={t("dashboard.dueSince", {
                  enterprise: item.enterpriseName,
                  date: format.dateTime(item.opensOn, { dateStyle: "long", timeZone: "UTC" }),
                })}
              />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}
