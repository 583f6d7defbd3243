import Chip from "@mui/material/Chip";
import { useTranslations } from "next-intl";
import type { InternshipStatus } from "@/lib/generated/prisma/enums";

// Filled "info"/"warning" chips fail WCAG AA contrast with white text: neutral or outlined instead.
const COLOR = { PLANNED: "default", ACTIVE: "primary", COMPLETED: "success", TERMINATED: "error" } as const;

export function InternshipStatusChip({ status }: { status: InternshipStatus }) {
  const t = useTranslations("internships.statuses");
  return <Chip size="small" color={COLOR[status]} variant="outlined" label={t(status)} />;
}
