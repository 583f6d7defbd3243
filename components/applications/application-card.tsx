import Card from "@mui/material/Card";
import CardActions from "@mui/material/CardActions";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LinkButton } from "@/components/ui/link-button";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { Reason } from "@/lib/recommendations/score-offer";
import { ApplicationTimeline } from "./application-timeline";
import { MatchReasons } from "./match-reasons";
import { StatusChip } from "./status-chip";
import { WithdrawButton } from "./withdraw-button";

export type StudentApplication = {
  id: string;
  status: ApplicationStatus;
  matchScore: number | null;
  matchReasons: Reason[];
  createdAt: Date;
  offer: { id: string; title: string; city: string; enterprise: { name: string } };
  history: { toStatus: ApplicationStatus; note: string | null; at: Date }[];
  allowed: ApplicationStatus[];
};

/** One of the student's applications: where it stands, what comes next, why it fits, and what they can do. */
export async function ApplicationCard({
  application: a,
  detailed = false,
  children,
}: {
  application: StudentApplication;
  detailed?: boolean;
  children?: ReactNode;
}) {
  const [t, format] = await Promise.all([getTranslations("applications.mine"), getFormatter()]);
  const decline = a.status === "REJECTED" ? a.history.findLast((h) => h.toStatus === "REJECTED") : undefined;
  const sent = a.history.find((h) => h.toStatus === "SUBMITTED");
  return (
    <Card component="article" data-testid="student-application">
      <CardContent>
        <Stack direction="row" spacing={1} useFlexGap sx={{ justifyContent: "space-between", flexWrap: "wrap" }}>
          <Typography variant="h3" component="h2">
            <Link href={detailed ? `/offers/${a.offer.id}` : `/student/applications/${a.id}`}>{a.offer.title}</Link>
          </Typography>
          <Stack direction="row" spacing={1}>
            {a.matchScore !== null && (
              <Chip size="small" variant="outlined" color="primary" label={t("score", { score: a.matchScore })} />
            )}
            <StatusChip status={a.status} />
          </Stack>
        </Stack>
        <Typography color="text.secondary" sx={{ mt: 0.5 }}>
          {[a.offer.enterprise.name, a.offer.city].join(" · ")}
          {sent && ` · ${t("sentOn", { date: format.dateTime(new Date(sent.at), { dateStyle: "long" }) })}`}
        </Typography>
        <Typography sx={{ mt: 1.5, fontWeight: 500 }}>
          {a.status === "DRAFT"
            ? t("draftHint", { date: format.dateTime(new Date(a.createdAt), { dateStyle: "long" }) })
            : t(`next.${a.status}`)}
        </Typography>
        {decline?.note && (
          <Typography sx={{ mt: 1 }}>
            {t("messageFromEnterprise", { enterprise: a.offer.enterprise.name })} « {decline.note} »
          </Typography>
        )}
        {children}
        {detailed && a.status !== "DRAFT" && (
          <MatchReasons reasons={a.matchReasons} title={t("why")} empty={t("noReasons")} />
        )}
        <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
          {t("timeline")}
        </Typography>
        {/* The decline message is shown above, once: not again in its history entry. */}
        <ApplicationTimeline
          history={decline?.note ? a.history.map((h) => (h === decline ? { ...h, note: null } : h)) : a.history}
          label={t("timeline")}
        />
      </CardContent>
      <CardActions sx={{ px: 2, pb: 2, flexWrap: "wrap" }}>
        {a.status === "DRAFT" && (
          <LinkButton href={`/student/apply/${a.offer.id}`} variant="contained">
            {t("continue")}
          </LinkButton>
        )}
        {a.allowed.includes("WITHDRAWN") && (
          <WithdrawButton applicationId={a.id} enterprise={a.offer.enterprise.name} />
        )}
      </CardActions>
    </Card>
  );
}
