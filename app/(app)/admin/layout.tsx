import type { ReactNode } from "react";
import { pageActor } from "@/lib/identity/page-guard";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  await pageActor("SYSTEM_ADMIN");
  return children;
}
