import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { LinkButton } from "@/components/ui/link-button";
import type { ApplicationStatus, Role } from "@/lib/generated/prisma/enums";
import { StatusChip } from "./status-chip";

/**
 * The offer's call to action: apply (visitors sign in first and come back to the form), continue
 * a draft, or see the application already sent. Other roles get nothing.
 */
export function ApplyButton({
  offerId,
  open,
  signedIn,
  role,
  application,
  size = "large",
}: {
  offerId: string;
  open: boolean;
  signedIn: boolean;
  role?: Role;
  application: { id: string; status: ApplicationStatus } | null;
  size?: "small" | "medium" | "large";
}) {
  const t = useTranslations("applications.offer");
  if (application && application.status !== "DRAFT") {
    return (
      <>
        <StatusChip status={application.status} />
        <LinkButton href={`/student/applications/${application.id}`} variant="outlined" size={size}>
          {t("viewApplication")}
        </LinkButton>
      </>
    );
  }
  if (signedIn && role !== "STUDENT") return null;
  if (!open) {
    return (
      <Typography color="text.secondary" variant="body2">
        {t("closed")}
      </Typography>
    );
  }
  const apply = `/student/apply/${offerId}`;
  return (
    <LinkButton
      href={signedIn ? apply : `/sign-in?callbackUrl=${encodeURIComponent(apply)}`}
      variant="contained"
      size={size}
    >
      {application ? t("continueDraft") : t("apply")}
    </LinkButton>
  );
}
