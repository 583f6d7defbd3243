import type { ReactNode } from "react";
import { pageActor } from "@/lib/identity/page-guard";

export default async function StudentLayout({ children }: { children: ReactNode }) {
  await pageActor("STUDENT");
  return children;
}
