import Alert from "@mui/material/Alert";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getFormatter, getTranslations } from "next-intl/server";
import { EvaluationAnswers } from "@/components/internships/evaluation-answers";
import { LinkedEvaluationForm, RenewLinkButton } from "@/components/internships/linked-evaluation";
import { AuthCard } from "@/components/ui/auth-card";
import { openEvaluationLink } from "@/lib/internships/open-evaluation-link";

/** A tutor's evaluation from an e-mailed link, without an account: outside the signed-in shell. */
export default async function EvaluatePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token = "" } = await searchParams;
  const t = await getTranslations("internshipEvaluations");
  const format = await getFormatter();
  const link = await openEvaluationLink(token.slice(0, 200));
  return (
    <AuthCard title={t("link.title")}>
      <Stack spacing={2}>
        {link.state !== "unknown" && (
          <Typography>
            {t("link.intro", {
              form: t(`kinds.${link.kind}`),
              student: link.studentName,
              enterprise: link.enterpriseName,
            })}
          </Typography>
        )}
        {link.state === "unknown" && <Alert severity="error">{t("link.unknown")}</Alert>}
        {link.state === "closed" && <Alert severity="info">{t("link.closed")}</Alert>}
        {(link.state === "used" || link.state === "expired") && (
          <>
            <Alert severity="warning">{t(`link.${link.state}`)}</Alert>
            <Typography>{t("link.renewHelp")}</Typography>
            <RenewLinkButton token={token} />
          </>
        )}
        {link.state === "submitted" && (
          <>
            <Alert severity="success">
              {t("link.alreadySubmitted", { date: format.dateTime(link.submittedAt, { dateStyle: "long" }) })}
            </Alert>
            <EvaluationAnswers form={link.form} answers={link.answers} comment={link.comment} />
          </>
        )}
        {link.state === "valid" && <LinkedEvaluationForm token={token} form={link.form} />}
      </Stack>
    </AuthCard>
  );
}
