"use client";
import Button from "@mui/material/Button";
import Snackbar from "@mui/material/Snackbar";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { shouldOfferInstall } from "./offline-pages";

/** Chrome's install event (not in TypeScript's DOM library). */
type BeforeInstallPromptEvent = Event & {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: "accepted" | "dismissed" }>;
};

const VISITS = "stagiaire.pwa.visits";
const COUNTED = "stagiaire.pwa.visit-counted";
const DISMISSED = "stagiaire.pwa.install-dismissed";

/** Counts this browser session as one visit, once. */
function countVisit(): number {
  const visits = Number(localStorage.getItem(VISITS) ?? 0);
  if (sessionStorage.getItem(COUNTED)) return visits;
  sessionStorage.setItem(COUNTED, "1");
  localStorage.setItem(VISITS, String(visits + 1));
  return visits + 1;
}

/**
 * Offers to install the app when the browser says it can be installed: from the second visit on,
 * never on the first, and not again for a month after "Not now".
 */
export function InstallPrompt() {
  const t = useTranslations("notifications.install");
  const [event, setEvent] = useState<BeforeInstallPromptEvent | null>(null);

  useEffect(() => {
    let visits = 0;
    try {
      visits = countVisit();
    } catch {
      return; // Storage refused (private mode): no prompt rather than one on every page.
    }
    const onPrompt = (e: Event) => {
      e.preventDefault();
      const dismissed = localStorage.getItem(DISMISSED);
      if (shouldOfferInstall({ visits, dismissedAt: dismissed ? Number(dismissed) : null, now: Date.now() })) {
        setEvent(e as BeforeInstallPromptEvent);
      }
    };
    const onInstalled = () => setEvent(null);
    window.addEventListener("beforeinstallprompt", onPrompt);
    window.addEventListener("appinstalled", onInstalled);
    return () => {
      window.removeEventListener("beforeinstallprompt", onPrompt);
      window.removeEventListener("appinstalled", onInstalled);
    };
  }, []);

  const later = () => {
    localStorage.setItem(DISMISSED, String(Date.now()));
    setEvent(null);
  };
  const install = async () => {
    if (!event) return;
    await event.prompt();
    const { outcome } = await event.userChoice;
    if (outcome === "dismissed") localStorage.setItem(DISMISSED, String(Date.now()));
    setEvent(null);
  };

  return (
    <Snackbar
      open={Boolean(event)}
      message={t("prompt")}
      anchorOrigin={{ vertical: "bottom", horizontal: "center" }}
      action={
        <>
          <Button color="inherit" onClick={later}>
            {t("later")}
          </Button>
          <Button color="secondary" variant="contained" size="small" onClick={install}>
            {t("install")}
          </Button>
        </>
      }
    />
  );
}
