import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Link from "@mui/material/Link";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import Typography from "@mui/material/Typography";
import { getTranslations } from "next-intl/server";
import { listAgreementsToSign } from "@/lib/agreements/list-agreements-to-sign";
import type { Actor } from "@/lib/identity/actor";

/** "To sign" on every party's dashboard: the agreements waiting for the caller now. */
export async function ToSignCard({ actor }: { actor: Actor }) {
  if (actor.role === "SYSTEM_ADMIN") return null;
  const [items, t, calendar] = await Promise.all([
    listAgreementsToSign(actor),
    getTranslations("agreements"),
    getTranslations("calendar"),
  ]);
  return (
    <Card sx={{ mb: 3 }} data-testid="to-sign">
      <CardContent>
        <Typography variant="h2" gutterBottom>
          {t("toSign.title")}
        </Typography>
        {items.length === 0 ? (
          <Typography color="text.secondary">{t("toSign.none")}</Typography>
        ) : (
          <List dense>
            {items.map((item) => (
              <ListItem key={item.id} disableGutters>
                <ListItemText
                  primary={<Link href={`/agreements/${item.id}`}>{`${item.student} — ${item.enterprise}`}</Link>}
                  secondary={[
                    t("toSign.as", { party: t(`parties.${item.party}`) }),
                    item.deadline ? t("toSign.deadline", { date: item.deadline.toISOString().slice(0, 10) }) : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                />
                {item.deadline && (
                  <Link
                    href={`/api/v1/agreements/${item.id}/signature.ics`}
                    download
                    sx={{ ml: 2, whiteSpace: "nowrap" }}
                  >
                    {calendar("addToCalendar")}
                  </Link>
                )}
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
}
