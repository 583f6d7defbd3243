import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getTranslations } from "next-intl/server";
import { getApplicationBooking } from "@/lib/applications/get-application-booking";
import { getOfferFill, shouldOfferClosing } from "@/lib/applications/get-offer-fill";
import { hasStarted } from "@/lib/applications/interview-slot-view";
import type { Actor } from "@/lib/identity/actor";
import { EnterpriseInterview } from "./enterprise-interview";
import { PositionsFilled } from "./positions-filled";

/**
 * The applicant page's interview card (the booking, cancel, outcome) and, once every position of
 * the offer is filled, the offer to close it and tell the remaining applicants.
 */
export async function ApplicantInterviewSection({
  actor,
  applicationId,
  offerId,
  name,
}: {
  actor: Actor;
  applicationId: string;
  offerId: string;
  name: string;
}) {
  const canDecide = actor.enterprise?.memberRole !== "TUTOR";
  const [booking, fill, t] = await Promise.all([
    getApplicationBooking(actor, applicationId),
    getOfferFill(actor, offerId),
    getTranslations("applications.enterpriseInterview"),
  ]);
  return (
    <Stack spacing={3}>
      {canDecide && shouldOfferClosing(fill) && (
        <PositionsFilled offerId={offerId} positions={fill.positions} accepted={fill.accepted} open={fill.open} />
      )}
      <Card component="section" aria-labelledby="interview">
        <CardContent>
          <Typography id="interview" variant="h2" gutterBottom>
            {t("title")}
          </Typography>
          <EnterpriseInterview
            booking={booking && JSON.parse(JSON.stringify(booking))}
            started={booking !== null && hasStarted(booking.slot)}
            name={name}
            canDecide={canDecide}
          />
        </CardContent>
      </Card>
    </Stack>
  );
}
