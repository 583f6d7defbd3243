import type { ReactNode } from "react";
import { pageActor } from "@/lib/identity/page-guard";

/** University staff: admins manage everything here; supervisors see their assigned students (the pages' domain functions say which). */
export default async function UniversityLayout({ children }: { children: ReactNode }) {
  await pageActor("UNIVERSITY_ADMIN", "UNIVERSITY_SUPERVISOR");
  return children;
}
