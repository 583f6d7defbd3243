import Chip from "@mui/material/Chip";
import { useTranslations } from "next-intl";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

// MUI's filled "info" chip fails WCAG AA contrast with its white text: waiting states are neutral.
const COLOR = {
  DRAFT: "default",
  SUBMITTED: "default",
  UNDER_REVIEW: "default",
  SHORTLISTED: "primary",
  INTERVIEW: "primary",
  ACCEPTED: "success",
  REJECTED: "error",
  WITHDRAWN: "default",
} as const;

/** An application's status, in words and colour. */
export function StatusChip({ status, size = "small" }: { status: ApplicationStatus; size?: "small" | "medium" }) {
  const t = useTranslations("applications.status");
  return (
    <Chip size={size} color={COLOR[status]} variant={status === "DRAFT" ? "outlined" : "filled"} label={t(status)} />
  );
}
