import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getTranslations } from "next-intl/server";
import type { AgreementView } from "@/lib/agreements/agreement-view";
import { listAmendments } from "@/lib/agreements/list-amendments";
import type { Actor } from "@/lib/identity/actor";
import { forPage } from "@/lib/identity/page-guard";
import { AmendmentDiff } from "./amendment-diff";
import { ProposeAmendmentForm, SignAmendmentForm } from "./amendment-forms";

/**
 * The amendments of a validated agreement on its page: each one's diff against the agreement as
 * signed, its signatures in order, the caller's turn; and the form to propose one.
 */
export async function AmendmentsSection({ agreement, actor }: { agreement: AgreementView; actor: Actor }) {
  if (agreement.status !== "VALIDATED") return null;
  const [amendments, t] = await Promise.all([
    forPage(listAmendments(actor, agreement.id)),
    getTranslations("agreements"),
  ]);
  const open = amendments.some((a) => a.status === "PROPOSED");
  return (
    <Card id="amendments">
      <CardContent>
        <Stack spacing={3}>
          <Typography variant="h2">{t("amendments.title")}</Typography>
          {amendments.length === 0 && <Typography>{t("amendments.none")}</Typography>}
          {amendments.map((amendment) => (
            <Stack key={amendment.id} spacing={1}>
              <Typography variant="h3">
                {t(`amendments.status.${amendment.status}`)} —{" "}
                {t("amendments.by", {
                  name: amendment.proposedBy ?? "—",
                  date: amendment.createdAt.toISOString().slice(0, 10),
                })}
              </Typography>
              <AmendmentDiff changes={amendment.changes} />
              <Typography variant="body2">
                {t("amendments.signatures")}:{" "}
                {amendment.steps
                  .map(
                    (step) =>
                      `${step.order}. ${t(`parties.${step.party}`)} — ${t(`stepStatuses.${step.status}`)}${
                        step.signedAt ? ` (${step.signedAt.toISOString().slice(0, 16).replace("T", " ")})` : ""
                      }${step.refusalReason ? ` « ${step.refusalReason} »` : ""}`,
                  )
                  .join(" · ")}
              </Typography>
              {amendment.waitingFor?.lastRemindedAt && (
                <Typography variant="body2" color="text.secondary">
                  {t("page.lastReminder", { date: amendment.waitingFor.lastRemindedAt.toISOString().slice(0, 10) })}
                </Typography>
              )}
              {amendment.yourTurn && (
                <SignAmendmentForm
                  id={agreement.id}
                  amendmentId={amendment.id}
                  documentSha256={amendment.contentSha256}
                />
              )}
            </Stack>
          ))}
          {!open && <ProposeAmendmentForm id={agreement.id} />}
        </Stack>
      </CardContent>
    </Card>
  );
}
