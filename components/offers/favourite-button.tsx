"use client";
import Bookmark from "@mui/icons-material/Bookmark";
import BookmarkBorder from "@mui/icons-material/BookmarkBorder";
import Button from "@mui/material/Button";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { setFavourite } from "@/app/(app)/student/saved/actions";
import { ActionSnackbar } from "@/components/ui/action-outcome";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAction } from "@/components/ui/use-action";

/**
 * Saves or unsaves an offer for the signed-in student; the label says what a press will do. With
 * `confirmUnsave` (the saved list, where unsaving removes the card), unsaving is asked about first.
 */
export function FavouriteButton({
  offerId,
  saved,
  confirmUnsave,
}: {
  offerId: string;
  saved: boolean;
  /** The offer's title, named by the question asked before unsaving. */
  confirmUnsave?: string;
}) {
  const t = useTranslations("students.favourite");
  const [isSaved, setIsSaved] = useState(saved);
  const { execute, pending, outcome, reset } = useAction(setFavourite);
  const [asking, setAsking] = useState(false);

  const toggle = async () => {
    if (pending) return;
    const next = !isSaved;
    setIsSaved(next);
    if (!(await execute({ offerId, saved: next })).ok) setIsSaved(!next);
  };

  return (
    <>
      <Button
        variant={isSaved ? "contained" : "outlined"}
        size="small"
        startIcon={isSaved ? <Bookmark /> : <BookmarkBorder />}
        aria-label={isSaved ? t("unsave") : t("save")}
        aria-pressed={isSaved}
        aria-busy={pending}
        onClick={() => (isSaved && confirmUnsave !== undefined ? setAsking(true) : void toggle())}
      >
        {isSaved ? t("savedShort") : t("saveShort")}
      </Button>
      {confirmUnsave !== undefined && (
        <ConfirmDialog
          open={asking}
          title={t("confirmTitle", { title: confirmUnsave })}
          body={t("confirmBody")}
          confirmLabel={t("confirm")}
          color="error"
          pending={pending}
          onConfirm={() => {
            setAsking(false);
            void toggle();
          }}
          onClose={() => setAsking(false)}
        />
      )}
      <ActionSnackbar
        outcome={outcome && { ...outcome, message: t("failed", { message: outcome.message }) }}
        onClose={reset}
      />
    </>
  );
}
