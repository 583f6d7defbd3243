import type { ReactNode } from "react";
import { pageActor } from "@/lib/identity/page-guard";

export default async function EnterpriseLayout({ children }: { children: ReactNode }) {
  await pageActor("ENTERPRISE");
  return children;
}
