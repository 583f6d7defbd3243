import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import { getScorecardCriteria } from "@/lib/applications/scorecard-criteria-of-offer";
import type { Actor } from "@/lib/identity/actor";
import { ScorecardCriteriaEditor } from "./scorecard-criteria-editor";

/** The offer page's card for the criteria its evaluators rate. */
export async function ScorecardCriteriaSection({ actor, offerId }: { actor: Actor; offerId: string }) {
  const view = await getScorecardCriteria(actor, offerId);
  return (
    <Card component="section" sx={{ mt: 3, maxWidth: 920 }}>
      <CardContent>
        <ScorecardCriteriaEditor offerId={offerId} custom={view.custom} criteria={view.criteria} />
      </CardContent>
    </Card>
  );
}
