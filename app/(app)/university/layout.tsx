import type { ReactNode } from "react";
import { pageActor } from "@/lib/identity/page-guard";

export default async function UniversityLayout({ children }: { children: ReactNode }) {
  await pageActor("UNIVERSITY_ADMIN");
  return children;
}
