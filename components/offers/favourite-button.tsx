"use client";
import Bookmark from "@mui/icons-material/Bookmark";
import BookmarkBorder from "@mui/icons-material/BookmarkBorder";
import Button from "@mui/material/Button";
import Snackbar from "@mui/material/Snackbar";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setFavourite } from "@/app/(app)/student/saved/actions";
import { useActionErrors } from "@/components/ui/form-errors";

/** Saves or unsaves an offer for the signed-in student; the label says what a press will do. */
export function FavouriteButton({ offerId, saved }: { offerId: string; saved: boolean }) {
  const t = useTranslations("students.favourite");
  const toMessage = useActionErrors(() => {});
  const router = useRouter();
  const [isSaved, setIsSaved] = useState(saved);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  const toggle = () => {
    if (pending) return;
    const next = !isSaved;
    setIsSaved(next);
    startTransition(async () => {
      const result = await setFavourite({ offerId, saved: next });
      if (result.ok) {
        router.refresh();
        return;
      }
      setIsSaved(!next);
      setError(t("failed", { message: result.error.code === "NOT_FOUND" ? t("gone") : toMessage(result.error) }));
    });
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
      <Snackbar open={Boolean(error)} autoHideDuration={6000} onClose={() => setError(undefined)} message={error} />
    </>
  );
}
