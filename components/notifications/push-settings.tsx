"use client";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { sendPushTest, subscribeThisBrowser, unsubscribeThisBrowser } from "@/app/(app)/notifications/actions";
import { registerServiceWorker } from "@/components/pwa/service-worker";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";

type State = "loading" | "unsupported" | "denied" | "off" | "on";

const keyBytes = (base64url: string) => {
  const raw = atob(base64url.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (base64url.length % 4)) % 4));
  return Uint8Array.from(raw, (c) => c.charCodeAt(0));
};

/** Web push on this browser: turn it on (permission, subscription kept by the server), off, and test it. */
export function PushSettings({ publicKey }: { publicKey: string | null }) {
  const t = useTranslations("notifications.push");
  const [state, setState] = useState<State>("loading");
  const [subscription, setSubscription] = useState<PushSubscription | null>(null);
  const subscribe = useAction(subscribeThisBrowser, { success: t("enabled"), refresh: false });
  const unsubscribe = useAction(unsubscribeThisBrowser, { success: t("disabled"), refresh: false });
  const test = useAction(sendPushTest, { success: t("testSent"), refresh: false });

  useEffect(() => {
    const supported = Boolean(publicKey) && "serviceWorker" in navigator && "PushManager" in window;
    (supported ? registerServiceWorker() : Promise.reject(new Error("unsupported")))
      .then((registration) => registration.pushManager.getSubscription())
      .then((existing) => {
        setSubscription(existing);
        setState(Notification.permission === "denied" ? "denied" : existing ? "on" : "off");
      })
      .catch(() => setState("unsupported"));
  }, [publicKey]);

  const turnOn = async () => {
    if ((await Notification.requestPermission()) !== "granted") return setState("denied");
    const registration = await navigator.serviceWorker.ready;
    const created = await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: keyBytes(publicKey!),
    });
    const result = await subscribe.execute(created.toJSON());
    if (result.ok) {
      setSubscription(created);
      setState("on");
    } else {
      await created.unsubscribe();
    }
  };

  const turnOff = async () => {
    if (!subscription) return;
    await unsubscribe.execute({ endpoint: subscription.endpoint });
    await subscription.unsubscribe();
    setSubscription(null);
    setState("off");
  };

  const outcome = subscribe.outcome ?? unsubscribe.outcome ?? test.outcome;
  const pending = subscribe.pending || unsubscribe.pending || test.pending;
  return (
    <Stack spacing={2} data-testid="push-settings">
      <Typography variant="h2">{t("title")}</Typography>
      <Typography color="text.secondary">{t("lead")}</Typography>
      <ActionOutcome outcome={outcome} />
      {state === "unsupported" && <Typography>{t("unsupported")}</Typography>}
      {state === "denied" && <Typography>{t("denied")}</Typography>}
      {state === "off" && (
        <div>
          <Button variant="contained" onClick={turnOn} disabled={pending}>
            {t("enable")}
          </Button>
        </div>
      )}
      {state === "on" && (
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: "wrap" }}>
          <Button variant="outlined" onClick={() => test.execute(null)} disabled={pending}>
            {t("test")}
          </Button>
          <Button onClick={turnOff} disabled={pending}>
            {t("disable")}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
