import type { ReactNode } from "react";
import { AppShell } from "@/components/ui/app-shell";
import { navigationFor } from "@/components/ui/navigation";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { PublicShell } from "@/components/ui/public-shell";
import { sessionActor } from "@/lib/identity/current-actor";

/** Public pages: in the signed-in frame for members, in the public frame for visitors. */
export default async function SiteLayout({ children }: { children: ReactNode }) {
  const actor = await sessionActor();
  if (!actor) return <PublicShell>{children}</PublicShell>;
  return (
    <AppShell
      nav={navigationFor(actor.role)}
      user={{ name: actor.name, role: actor.role }}
      unread={await countUnreadNotifications(actor)}
    >
      {children}
    </AppShell>
  );
}
