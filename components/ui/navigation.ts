import type { Role } from "@/lib/generated/prisma/enums";

export type NavItem = { href: string; label: string; icon: "dashboard" | "profile" | "enterprise" | "staff" | "users" | "mailbox" };

/** The navigation of each role: only pages that exist for it. */
export function navigationFor(role: Role): NavItem[] {
  const first: NavItem = { href: "/dashboard", label: "dashboard", icon: "dashboard" };
  const last: NavItem = { href: "/profile", label: "profile", icon: "profile" };
  const middle: Record<Role, NavItem[]> = {
    STUDENT: [],
    ENTERPRISE: [{ href: "/enterprise", label: "enterprise", icon: "enterprise" }],
    UNIVERSITY_ADMIN: [{ href: "/university/staff", label: "staff", icon: "staff" }],
    UNIVERSITY_SUPERVISOR: [],
    SYSTEM_ADMIN: [
      { href: "/admin/users", label: "users", icon: "users" },
      { href: "/dev/mailbox", label: "mailbox", icon: "mailbox" },
    ],
  };
  return [first, ...middle[role], last];
}
