import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import Link from "@mui/material/Link";
import ListItemText from "@mui/material/ListItemText";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import type { AgreementView } from "@/lib/agreements/agreement-view";

const day = (value: Date | string | null) => (value ? new Date(value).toISOString().slice(0, 10) : "—");

/**
 * What the parties agree on, and who signed when: the same for every party. With `signedLinks`
 * (signed-in readers), each signature links to the document it signed, as stored at submission.
 */
export function AgreementContent({
  agreement,
  signedLinks = false,
}: {
  agreement: AgreementView;
  signedLinks?: boolean;
}) {
  const t = useTranslations("agreements");
  const rows: [string, string | null][] = [
    [t("page.student"), `${agreement.student.name} <${agreement.student.email}>`],
    [t("page.enterprise"), agreement.enterprise.name],
    [t("page.university"), agreement.university.name],
    [t("page.offer"), agreement.offer.title],
    [t("page.dates"), t("page.from", { start: day(agreement.startDate), end: day(agreement.endDate) })],
    [t("page.weeklyHours"), String(agreement.weeklyHours)],
    [
      t("page.stipend"),
      agreement.stipendAmount === null ? null : `${agreement.stipendAmount} ${agreement.stipendCurrency}`,
    ],
    [t("page.place"), agreement.place],
    [t("page.tasks"), agreement.tasks],
    [
      t("page.tutor"),
      agreement.tutorName || agreement.tutorEmail
        ? `${agreement.tutorName ?? ""} <${agreement.tutorEmail ?? ""}>`
        : null,
    ],
    [
      t("page.supervisor"),
      agreement.supervisor ? `${agreement.supervisor.name} <${agreement.supervisor.email}>` : null,
    ],
    [t("pdf.insurance"), agreement.insurance],
    ...(agreement.legalRepEmail
      ? [[t("page.legalRep"), `${agreement.legalRepName ?? ""} <${agreement.legalRepEmail}>`] as [string, string]]
      : []),
  ];
  return (
    <Box>
      <Box sx={{ mb: 2 }}>
        <Chip
          label={t(`statuses.${agreement.status}`)}
          color={agreement.status === "VALIDATED" ? "success" : "default"}
        />
      </Box>
      {agreement.stipendWarning && (
        <Alert severity="warning" sx={{ mb: 2 }} role="alert">
          {t("page.stipendWarning", {
            weeks: agreement.stipendWarning.weeks,
            hourly: agreement.stipendWarning.hourly,
            minimum: agreement.stipendWarning.minimumMonthly,
          })}
        </Alert>
      )}
      <Box component="dl" sx={{ display: "grid", gridTemplateColumns: { sm: "12rem 1fr" }, gap: 1, m: 0 }}>
        {rows.map(([label, value]) => (
          <Box key={label} sx={{ display: "contents" }}>
            <Typography component="dt" sx={{ fontWeight: 600 }}>
              {label}
            </Typography>
            <Typography component="dd" sx={{ m: 0, whiteSpace: "pre-line" }}>
              {value || t("page.none")}
            </Typography>
          </Box>
        ))}
      </Box>
      <Typography variant="h2" sx={{ mt: 3, mb: 1 }}>
        {t("page.steps")}
      </Typography>
      <List component="ol" dense>
        {agreement.steps.map((step) => (
          <ListItem key={step.order} component="li" disableGutters>
            <ListItemText
              primary={`${step.order}. ${t(`parties.${step.party}`)} — ${step.signer.name ?? step.signer.email ?? "—"}`}
              secondary={
                step.status === "SIGNED" ? (
                  <>
                    {t("page.signedAt", {
                      date: new Date(step.signedAt!).toISOString().slice(0, 16).replace("T", " "),
                      method: step.method ? t(`methods.${step.method}`) : "",
                    })}
                    {signedLinks && step.documentSha256 && (
                      <>
                        {" — "}
                        <Link
                          href={`/api/v1/agreements/${encodeURIComponent(agreement.id)}/pdf?signed=${step.documentSha256}`}
                          target="_blank"
                          rel="noopener"
                        >
                          {t("pdf.readSigned")}
                        </Link>
                      </>
                    )}
                  </>
                ) : step.status === "REFUSED" ? (
                  `${t("stepStatuses.REFUSED")}: ${step.refusalReason ?? ""}`
                ) : (
                  `${t("page.waiting")}${step.deadline ? ` — ${t("page.deadline", { date: day(step.deadline) })}` : ""}`
                )
              }
            />
          </ListItem>
        ))}
      </List>
      {agreement.contentSha256 && (
        <Typography variant="body2" color="text.secondary" sx={{ wordBreak: "break-all" }} title={t("page.hashNote")}>
          {t("page.hash", { hash: agreement.contentSha256 })}
        </Typography>
      )}
    </Box>
  );
}
