import type { ReactNode } from "react";
import { UnverifiedEmailBanner } from "@/components/identity/unverified-email-banner";
import { OfflineBanner } from "@/components/pwa/offline-banner";
import { StudentPwa } from "@/components/pwa/student-pwa";
import { AppShell } from "@/components/ui/app-shell";
import { navigationFor } from "@/components/ui/navigation";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { pageActor } from "@/lib/identity/page-guard";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const actor = await pageActor();
  return (
    <AppShell
      nav={navigationFor(actor.role)}
      user={{ name: actor.name, role: actor.role }}
      unread={await countUnreadNotifications(actor)}
    >
      <OfflineBanner />
      {actor.role === "STUDENT" && <StudentPwa />}
      {!actor.emailVerified && <UnverifiedEmailBanner />}
      {children}
    </AppShell>
  );
}
