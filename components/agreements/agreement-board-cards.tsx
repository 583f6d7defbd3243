import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getTranslations } from "next-intl/server";
import type { listUniversityAgreements } from "@/lib/agreements/list-university-agreements";
import { REMINDER_CHECKBOX } from "./bulk-reminder";

type Item = Awaited<ReturnType<typeof listUniversityAgreements>>["items"][number];

const day = (value: Date) => value.toISOString().slice(0, 10);

/**
 * The board on a phone: one card per agreement (student, enterprise, state, whom it waits for and
 * since when, dates, last reminder) rather than a table scrolled sideways. Same checkboxes as the
 * table's, read by the bulk reminder button.
 */
export async function AgreementBoardCards({ items }: { items: Item[] }) {
  const t = await getTranslations("agreements");
  if (items.length === 0) return <Typography>{t("list.none")}</Typography>;
  return (
    <Stack component="ul" spacing={1.5} sx={{ listStyle: "none", p: 0, m: 0 }}>
      {items.map((item) => (
        <Card component="li" key={item.id} variant="outlined">
          <CardContent>
            <Stack direction="row" spacing={1.5} sx={{ alignItems: "flex-start" }}>
              {item.waitingFor && (
                <input
                  type="checkbox"
                  name={REMINDER_CHECKBOX}
                  value={item.id}
                  aria-label={`${t("list.select")} ${item.student}`}
                  style={{ marginTop: 6, width: 20, height: 20 }}
                />
              )}
              <Stack spacing={0.5} sx={{ minWidth: 0 }}>
                <Link href={`/agreements/${item.id}`} sx={{ fontWeight: 600, overflowWrap: "anywhere" }}>
                  {item.student}
                </Link>
                <Typography variant="body2" sx={{ overflowWrap: "anywhere" }}>
                  {item.enterprise} · {t(`statuses.${item.status}`)}
                </Typography>
                {item.waitingFor && (
                  <Typography variant="body2" color={item.waitingFor.overdue ? "error" : "text.secondary"}>
                    {t("list.waitingFor")} : {t(`parties.${item.waitingFor.party}`)} —{" "}
                    {t("list.days", { days: item.waitingFor.days })}
                    {item.waitingFor.overdue ? ` (${t("list.overdue")})` : ""}
                  </Typography>
                )}
                <Typography variant="body2" color="text.secondary">
                  {t("list.dates")} : {day(item.startDate)} – {day(item.endDate)}
                </Typography>
                {item.waitingFor && (
                  <Typography variant="body2" color="text.secondary">
                    {t("list.lastReminder")} :{" "}
                    {item.waitingFor.lastRemindedAt ? day(item.waitingFor.lastRemindedAt) : t("list.never")}
                  </Typography>
                )}
              </Stack>
            </Stack>
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
}
