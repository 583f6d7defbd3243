import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import { vapidKeys } from "@/lib/notifications/web-push-keys";
import { PushSettings } from "./push-settings";

/** The profile's web-push card, with the server's VAPID public key to subscribe with. */
export function PushSettingsCard() {
  return (
    <Card id="push">
      <CardContent>
        <PushSettings publicKey={vapidKeys()?.publicKey ?? null} />
      </CardContent>
    </Card>
  );
}
