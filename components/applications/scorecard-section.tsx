import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Typography from "@mui/material/Typography";
import { getTranslations } from "next-intl/server";
import { getScorecards } from "@/lib/applications/get-scorecards";
import type { Actor } from "@/lib/identity/actor";
import { Scorecard } from "./scorecard";

/** The applicant page's scorecards card: the evaluator's own, then the colleagues' once it is sent. */
export async function ScorecardSection({ actor, applicationId }: { actor: Actor; applicationId: string }) {
  const [view, t] = await Promise.all([getScorecards(actor, applicationId), getTranslations("evaluations.scorecard")]);
  return (
    <Card component="section" aria-labelledby="scorecards">
      <CardContent>
        <Typography id="scorecards" variant="h2" gutterBottom>
          {t("title")}
        </Typography>
        <Scorecard applicationId={applicationId} view={JSON.parse(JSON.stringify(view))} />
      </CardContent>
    </Card>
  );
}
