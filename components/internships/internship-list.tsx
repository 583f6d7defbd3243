"use client";
import Card from "@mui/material/Card";
import CardActionArea from "@mui/material/CardActionArea";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import NextLink from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { InternshipSummary } from "@/lib/internships/internship-summary";
import { InternshipStatusChip } from "./internship-status-chip";

/** One status group of the internships page, those needing attention first. */
export function InternshipList({ items }: { items: InternshipSummary[] }) {
  const t = useTranslations("internships.list");
  const format = useFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  if (items.length === 0) return <Typography color="text.secondary">{t("groupEmpty")}</Typography>;
  return (
    <Stack component="ul" spacing={1.5} sx={{ listStyle: "none", p: 0, m: 0 }}>
      {items.map((item) => (
        <li key={item.id}>
          <Card variant="outlined">
            <CardActionArea component={NextLink} href={`/internships/${item.id}`}>
              <CardContent>
                <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap", mb: 0.5 }}>
                  <Typography variant="h3" component="h3" sx={{ fontSize: "1.05rem" }}>
                    {item.student.name} · {item.enterprise.name}
                  </Typography>
                  <InternshipStatusChip status={item.status} />
                </Stack>
                <Typography variant="body2" color="text.secondary">
                  {[
                    item.offer?.title,
                    t("dates", { start: date(item.startDate), end: date(item.endDate) }),
                    item.supervisor ? t("supervisor", { name: item.supervisor.name }) : t("noSupervisor"),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </Typography>
                <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: "wrap" }}>
                  {item.openIssues > 0 && (
                    <Chip
                      size="small"
                      color={item.maxOpenSeverity >= 3 ? "error" : "default"}
                      label={t("openIssues", { count: item.openIssues })}
                    />
                  )}
                  {item.missingWeeks > 0 && (
                    <Chip size="small" variant="outlined" label={t("missingWeeks", { count: item.missingWeeks })} />
                  )}
                  {item.evaluationsDue > 0 && (
                    <Chip size="small" variant="outlined" label={t("evaluationsDue", { count: item.evaluationsDue })} />
                  )}
                  {item.nextVisitAt && (
                    <Chip size="small" color="info" label={t("nextVisit", { date: date(item.nextVisitAt) })} />
                  )}
                  {item.visitsProposed > 0 && <Chip size="small" variant="outlined" label={t("visitsProposed")} />}
                  {item.openIssues === 0 &&
                    item.missingWeeks === 0 &&
                    item.evaluationsDue === 0 &&
                    !item.nextVisitAt &&
                    item.visitsProposed === 0 && (
                      <Typography variant="body2" color="text.secondary">
                        {t("upToDate")}
                      </Typography>
                    )}
                </Stack>
              </CardContent>
            </CardActionArea>
          </Card>
        </li>
      ))}
    </Stack>
  );
}
