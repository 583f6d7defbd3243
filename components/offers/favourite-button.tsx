"use client";
import Bookmark from "@mui/icons-material/Bookmark";
import BookmarkBorder from "@mui/icons-material/BookmarkBorder";
import Button from "@mui/material/Button";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { setFavourite } from "@/app/(app)/student/saved/actions";
import { ActionSnackbar } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";

/** Saves or unsaves an offer for the signed-in student; the label says what a press will do. */
export function FavouriteButton({ offerId, saved }: { offerId: string; saved: boolean }) {
  const t = useTranslations("students.favourite");
  const [isSaved, setIsSaved] = useState(saved);
  const { execute, pending, outcome, reset } = useAction(setFavourite);

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
        onClick={toggle}
      >
        {isSaved ? t("savedShort") : t("saveShort")}
      </Button>
      <ActionSnackbar
        outcome={outcome && { ...outcome, message: t("failed", { message: outcome.message }) }}
        onClose={reset}
      />
    </>
  );
}
