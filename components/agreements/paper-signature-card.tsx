import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import type { AgreementView } from "@/lib/agreements/agreement-view";
import type { Actor } from "@/lib/identity/actor";
import { PaperSignatureForm } from "./paper-signature-form";

/** The paper-signature upload, for the admins of the agreement's university while it waits for a party. */
export function PaperSignatureCard({ actor, agreement }: { actor: Actor | null; agreement: AgreementView }) {
  const staff =
    actor?.role === "SYSTEM_ADMIN" ||
    (actor?.role === "UNIVERSITY_ADMIN" && actor.university?.id === agreement.university.id);
  if (!staff || agreement.status !== "SIGNING" || !agreement.waitingFor) return null;
  return (
    <Card>
      <CardContent>
        <PaperSignatureForm id={agreement.id} party={agreement.waitingFor.party} />
      </CardContent>
    </Card>
  );
}
