"use client";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { close, duplicate, publish, remove } from "@/app/(app)/enterprise/offers/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/core/server-action";

type Status = "DRAFT" | "PUBLISHED" | "CLOSED" | "EXPIRED";
/** One of the offer's actions, and where to go once it succeeded. */
type Step = { action: (id: string) => Promise<ActionResult<{ id: string }>>; then?: (id: string) => void };
/** The actions that are public or destructive, asked about first. */
type Asked = "publish" | "close" | "delete";

/**
 * The buttons that move an offer through its life, each shown only when its status allows it;
 * publishing, closing and deleting ask for confirmation first.
 */
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
  // The question stays set while the dialog closes, so that its text does not vanish mid-transition.
  const [asking, setAsking] = useState<Asked>();
  const [open, setOpen] = useState(false);
  const ask = (question: Asked) => {
    setAsking(question);
    setOpen(true);
  };
  const confirm = () => {
    setOpen(false);
    if (asking === "publish") run(publish);
    else if (asking === "close") run(close);
    else if (asking === "delete") run(remove, () => router.push("/enterprise/offers"));
  };

  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
        {status !== "PUBLISHED" && (
          <Button size="small" variant="contained" disabled={pending} onClick={() => ask("publish")}>
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
          <Button size="small" disabled={pending} onClick={() => ask("close")}>
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
          <Button size="small" color="error" disabled={pending} onClick={() => ask("delete")}>
            {t("delete")}
          </Button>
        )}
      </Stack>
      <ActionOutcome outcome={outcome} />
      <ConfirmDialog
        open={open}
        title={asking ? t(`${asking}Title`) : ""}
        body={asking ? t(`${asking}Body`) : ""}
        confirmLabel={asking === "publish" && status !== "DRAFT" ? t("republish") : asking ? t(asking) : ""}
        color={asking === "delete" ? "error" : asking === "close" ? "warning" : "primary"}
        pending={pending}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </Stack>
  );
}
