import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useFormatter, useTranslations } from "next-intl";
import type { InternshipView } from "@/lib/internships/get-internship";
import { ResolveIssueForm } from "./resolve-issue-form";

/** The issues of the internship, open first, each with its trail (raised, resolved: who and when). */
export function InternshipIssues({ internship }: { internship: InternshipView }) {
  const t = useTranslations("internships.issues");
  const categories = useTranslations("internships.issueCategory");
  const severity = useTranslations("internships.severity");
  const format = useFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const canResolve = internship.can.includes("resolveIssue");
  if (internship.issues.length === 0) return <Typography color="text.secondary">{t("empty")}</Typography>;
  return (
    <Stack spacing={1.5}>
      {internship.issues.map((issue) => (
        <Card key={issue.id} variant="outlined" component="article" aria-labelledby={`issue-${issue.id}`}>
          <CardContent>
            <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap" }}>
              <Typography id={`issue-${issue.id}`} variant="h3" component="h3" sx={{ fontSize: "1.05rem" }}>
                {issue.title}
              </Typography>
              <Chip
                size="small"
                variant="outlined"
                color={issue.status === "OPEN" ? "error" : "success"}
                label={issue.status === "OPEN" ? t("open") : t("resolvedChip")}
              />
              <Chip size="small" label={categories(issue.category)} />
              <Chip
                size="small"
                variant="outlined"
                label={t("severityChip", { level: issue.severity, label: severity(String(issue.severity)) })}
              />
            </Stack>
            <Typography sx={{ whiteSpace: "pre-line", mt: 1 }}>{issue.description}</Typography>
            <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
              {t("raisedBy", { name: issue.raisedBy?.name ?? t("someone"), date: when(issue.createdAt) })}
            </Typography>
            {issue.status === "RESOLVED" && (
              <>
                <Typography variant="subtitle2" component="h4" sx={{ mt: 1 }}>
                  {t("resolution")}
                </Typography>
                <Typography sx={{ whiteSpace: "pre-line" }}>{issue.resolution}</Typography>
                <Typography variant="caption" color="text.secondary" component="p">
                  {t("resolvedBy", {
                    name: issue.resolvedBy?.name ?? t("someone"),
                    date: issue.resolvedAt ? when(issue.resolvedAt) : "—",
                  })}
                </Typography>
              </>
            )}
            {issue.status === "OPEN" && canResolve && (
              <ResolveIssueForm internshipId={internship.id} issueId={issue.id} />
            )}
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
}
