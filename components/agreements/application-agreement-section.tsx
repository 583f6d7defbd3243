import Box from "@mui/material/Box";
import { applicationAgreement } from "@/lib/agreements/application-agreement";
import type { Actor } from "@/lib/identity/actor";
import { DraftAgreementButton } from "./draft-agreement-button";

/** Under an accepted application: open its agreement, or draft it. Nothing otherwise. */
export async function ApplicationAgreementSection({ actor, applicationId }: { actor: Actor; applicationId: string }) {
  const found = await applicationAgreement(actor, applicationId);
  if (!found) return null;
  return (
    <Box sx={{ mt: 3 }}>
      <DraftAgreementButton applicationId={applicationId} {...found} />
    </Box>
  );
}
