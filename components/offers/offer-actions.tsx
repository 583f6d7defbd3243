"use client";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { useRouter } from "next/navigation";
import { close, duplicate, publish, remove } from "@/app/(app)/enterprise/offers/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/core/server-action";

type Status = "DRAFT" | "PUBLISHED" | "CLOSED" | "EXPIRED";
/** One of the offer's actions, and where to go once it succeeded. */
type Step = { action: (id: string) => Promise<ActionResult<{ id: string }>>; then?: (id: string) => void };

/** The buttons that move an offer through its life, each shown only when its status allows it. */
export function OfferActions({
  offerId,
  status,
  everPublished,
  showEdit = true,
}: {
  offerId: string;
  status: Status;
  everPublished: boolean;
  showEdit?: boolean;
}) {
  const t = useTranslations("offers.actions");
  const router = useRouter();
  const { execute, pending, outcome } = useAction((step: Step) => step.action(offerId), {
    onSuccess: (data, step) => step.then?.(data.id),
  });
  const run = (action: Step["action"], then?: Step["then"]) => void execute({ action, then });

  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
        {status !== "PUBLISHED" && (
          <Button size="small" variant="contained" disabled={pending} onClick={() => run(publish)}>
            {status === "DRAFT" ? t("publish") : t("republish")}
          </Button>
        )}
        {status === "PUBLISHED" && (
          <Button size="small" component={NextLink} href={`/offers/${offerId}`}>
            {t("view")}
          </Button>
        )}
        {showEdit && (
          <Button size="small" component={NextLink} href={`/enterprise/offers/${offerId}/edit`}>
            {t("edit")}
          </Button>
        )}
        {status === "PUBLISHED" && (
          <Button size="small" color="warning" disabled={pending} onClick={() => run(close)}>
            {t("close")}
          </Button>
        )}
        <Button
          size="small"
          disabled={pending}
          onClick={() => run(duplicate, (id) => router.push(`/enterprise/offers/${id}/edit`))}
        >
          {t("duplicate")}
        </Button>
        {status === "DRAFT" && !everPublished && (
          <Button
            size="small"
            color="error"
            disabled={pending}
            onClick={() => window.confirm(t("confirmDelete")) && run(remove, () => router.push("/enterprise/offers"))}
          >
            {t("delete")}
          </Button>
        )}
      </Stack>
      <ActionOutcome outcome={outcome} />
    </Stack>
  );
}
