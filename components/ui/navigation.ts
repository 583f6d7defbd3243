import type { Role } from "@/lib/generated/prisma/enums";

export type NavIcon =
  | "dashboard"
  | "profile"
  | "enterprise"
  | "staff"
  | "users"
  | "mailbox"
  | "search"
  | "recommendations"
  | "saved"
  | "savedSearches"
  | "studentProfile"
  | "offers"
  | "verifications"
  | "applications"
  | "templates"
  | "internships"
  | "structure"
  | "evaluationForms";

export type NavItem = { href: string; label: string; icon: NavIcon };

const item = (href: string, label: string, icon: NavIcon = label as NavIcon): NavItem => ({ href, label, icon });

/** The navigation of each role: only pages that exist for it. */
export function navigationFor(role: Role): NavItem[] {
  const middle: Record<Role, NavItem[]> = {
    STUDENT: [
      item("/offers", "search"),
      item("/student/applications", "applications"),
      item("/internships", "internships"),
      item("/student/recommendations", "recommendations"),
      item("/student/saved", "saved"),
      item("/student/searches", "searches", "savedSearches"),
      item("/student/profile", "studentProfile"),
    ],
    ENTERPRISE: [
      item("/enterprise/offers", "enterpriseOffers", "offers"),
      item("/enterprise/talents", "talents", "search"),
      item("/enterprise/dashboard", "figures", "dashboard"),
      item("/internships", "internships"),
      item("/enterprise/templates", "rejectionTemplates", "templates"),
      item("/enterprise", "enterprise"),
    ],
    UNIVERSITY_ADMIN: [
      item("/offers", "search"),
      item("/internships", "internships"),
      item("/university/students", "students", "users"),
      item("/university/structure", "structure"),
      item("/university/staff", "staff"),
      item("/university/dashboard", "figures", "dashboard"),
      item("/university/agreements", "agreements", "applications"),
      item("/university/evaluation-forms", "evaluationForms"),
      item("/university/certificates", "certificates", "evaluationForms"),
      item("/university/audit", "audit", "verifications"),
    ],
    UNIVERSITY_SUPERVISOR: [
      item("/offers", "search"),
      item("/internships", "internships"),
      item("/university/students", "students", "users"),
    ],
    SYSTEM_ADMIN: [
      item("/admin/verifications", "verifications"),
      item("/admin/imports", "imports", "search"),
      item("/admin/assistant", "assistant", "templates"),
      item("/admin/email-templates", "emailTemplates", "mailbox"),
      item("/admin/users", "users"),
      item("/admin/audit", "audit", "verifications"),
      item("/admin/health", "health", "dashboard"),
      item("/dev/mailbox", "mailbox"),
    ],
  };
  return [item("/dashboard", "dashboard"), ...middle[role], item("/profile", "profile")];
}
