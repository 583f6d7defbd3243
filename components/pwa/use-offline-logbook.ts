"use client";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { saveLogbookWeek } from "@/app/(app)/internships/actions";
import { useAction, type Outcome } from "@/components/ui/use-action";
import { dropLogbookWeek, queueLogbookWeek, queuedLogbookWeeks } from "./offline-queue";
import { useOnline } from "./use-online";

/**
 * The logbook form's offline side: a week written offline is kept on this device, and sent as soon
 * as the browser is back online (or on the next visit of the page online). The outcome says which.
 */
export function useOfflineLogbook(internshipId: string) {
  const t = useTranslations("notifications.offline");
  const online = useOnline();
  const [kept, setKept] = useState<Outcome>();
  const send = useAction(saveLogbookWeek);
  const sending = useRef(false);
  const { execute } = send;

  const flush = useCallback(async () => {
    if (sending.current || !navigator.onLine) return;
    sending.current = true;
    try {
      const weeks = await queuedLogbookWeeks(internshipId);
      let sent = 0;
      for (const week of weeks) {
        const result = await execute({ id: internshipId, values: week.values });
        // A week the server refused stays kept (its reason shows); the others are sent once.
        if (!result.ok) return;
        await dropLogbookWeek(week.key);
        sent++;
      }
      if (sent > 0) setKept({ ok: true, message: t("synced") });
    } catch {
      // The network failed again: the weeks stay kept for the next time.
    } finally {
      sending.current = false;
    }
  }, [execute, internshipId, t]);

  useEffect(() => {
    // Sent when the network returns, and on a visit online of the page (kept on an earlier one).
    const run = () => void flush();
    const first = setTimeout(run, 0);
    window.addEventListener("online", run);
    return () => {
      clearTimeout(first);
      window.removeEventListener("online", run);
    };
  }, [flush]);

  const keep = async (values: Record<string, string>) => {
    await queueLogbookWeek(internshipId, values);
    setKept({ ok: true, message: t("queued") });
  };

  return { online, keep, outcome: send.outcome ?? kept };
}
