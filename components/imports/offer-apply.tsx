import type { ComponentProps } from "react";
import { ApplyButton } from "@/components/applications/apply-button";
import { ExternalApplyButton } from "./external-apply-button";

/**
 * The offer page's call to action: an imported offer still open sends the student to its original
 * posting (and records it); anything else, or an application already recorded, is the usual button.
 */
export function OfferApply({
  source,
  externalUrl,
  ...props
}: ComponentProps<typeof ApplyButton> & { source: string; externalUrl: string | null }) {
  const recorded = props.application && props.application.status !== "DRAFT";
  if (source !== "IMPORTED" || !externalUrl || !props.open || recorded) return <ApplyButton {...props} />;
  if (props.signedIn && props.role !== "STUDENT") return null;
  return (
    <ExternalApplyButton
      offerId={props.offerId}
      url={externalUrl}
      student={props.role === "STUDENT"}
      size={props.size}
    />
  );
}
