import Description from "@mui/icons-material/DescriptionOutlined";
import Alert from "@mui/material/Alert";
import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getFormatter, getTranslations } from "next-intl/server";
import { pageActor } from "@/lib/identity/page-guard";
import { listInternshipEvaluations } from "@/lib/internships/list-internship-evaluations";
import { listInternshipReports } from "@/lib/internships/list-internship-reports";
import { FinalReportDecision, FinalReportUpload } from "./final-report-forms";

// Outlined chips: filled "warning"/"info" ones fail WCAG AA contrast.
const REPORT_COLOR = { PENDING: "default", VALIDATED: "success", REJECTED: "error" } as const;
const REVIEWERS = ["UNIVERSITY_SUPERVISOR", "UNIVERSITY_ADMIN", "SYSTEM_ADMIN"];

/**
 * The end of an internship on its page: where its evaluations stand (and the caller's own still to
 * fill), and the final report — the student uploads it, the supervisor validates or rejects it.
 */
export async function InternshipEvaluationsSection({ internshipId }: { internshipId: string }) {
  const actor = await pageActor();
  const [evaluations, reports, t, format] = await Promise.all([
    listInternshipEvaluations(actor, internshipId),
    listInternshipReports(actor, internshipId),
    getTranslations("internshipEvaluations"),
    getFormatter(),
  ]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const active = evaluations.internship.status === "ACTIVE";
  const submitted = evaluations.items.filter((item) => item.submitted).length;
  const mine = evaluations.items.filter((item) => item.mine && !item.submitted && item.toFill);
  const report = reports.items[0] ?? null;
  const validated = Boolean(reports.finalReportId);
  const mayUpload = actor.role === "STUDENT" && active && !validated;
  const mayDecide = REVIEWERS.includes(actor.role) && report?.status === "PENDING" && report.latestVersion;

  return (
    <>
      <section aria-labelledby="evaluations" style={{ marginTop: 32 }}>
        <Typography id="evaluations" variant="h2" gutterBottom>
          {t("section.evaluations")}
        </Typography>
        <Stack spacing={1}>
          <Typography>{t("section.submittedCount", { count: submitted, total: evaluations.items.length })}</Typography>
          {mine.length > 0 && (
            <Typography>
              {t("section.yoursToFill", { forms: mine.map((item) => t(`kinds.${item.kind}`)).join(", ") })}
            </Typography>
          )}
          <div>
            <Link href={`/internships/${internshipId}/evaluations`}>{t("section.open")}</Link>
          </div>
        </Stack>
      </section>

      <section aria-labelledby="final-report" style={{ marginTop: 32 }}>
        <Typography id="final-report" variant="h2" gutterBottom>
          {t("report.title")}
        </Typography>
        <Stack spacing={2}>
          {!report || !report.latestVersion ? (
            <Typography color="text.secondary">{t("report.none")}</Typography>
          ) : (
            <Stack spacing={1}>
              <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap", rowGap: 1 }}>
                <Description color="primary" aria-hidden />
                <Link
                  href={report.downloadUrl}
                  aria-label={t("report.downloadName", { name: report.latestVersion.fileName })}
                >
                  {report.latestVersion.fileName}
                </Link>
                <Chip
                  size="small"
                  variant="outlined"
                  color={REPORT_COLOR[report.status as keyof typeof REPORT_COLOR] ?? "default"}
                  label={t(`report.status.${report.status as keyof typeof REPORT_COLOR}`)}
                />
              </Stack>
              <Typography variant="body2" color="text.secondary">
                {t("report.versionOf", {
                  version: report.latestVersion.version,
                  date: day(report.latestVersion.createdAt),
                })}
                {report.status !== "PENDING" && report.reviewedBy && report.validatedAt
                  ? ` · ${t("report.reviewedBy", { name: report.reviewedBy, date: day(report.validatedAt) })}`
                  : ""}
              </Typography>
              {report.status === "REJECTED" && report.rejectionReason && (
                <Alert severity="warning">{t("report.rejectedBecause", { reason: report.rejectionReason })}</Alert>
              )}
            </Stack>
          )}
          {mayUpload && <FinalReportUpload internshipId={internshipId} again={Boolean(report)} />}
          {mayDecide && report && <FinalReportDecision internshipId={internshipId} documentId={report.id} />}
        </Stack>
      </section>
    </>
  );
}
