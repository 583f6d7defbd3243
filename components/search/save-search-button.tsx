"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import BookmarkAdd from "@mui/icons-material/BookmarkAdd";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import FormControlLabel from "@mui/material/FormControlLabel";
import Snackbar from "@mui/material/Snackbar";
import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { saveCurrentSearch } from "@/app/(site)/offers/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { maxLengthOf } from "@/lib/core/limit-messages";
import { saveSearchSchema, type SaveSearchInput } from "@/lib/offers/saved-searches/schemas";
import type { SearchCriteria } from "@/lib/offers/search-schema";

/** "Save this search" for a signed-in student: a name, and whether to get the morning e-mail. */
export function SaveSearchButton({ criteria, defaultName }: { criteria: SearchCriteria; defaultName: string }) {
  const t = useTranslations("search.save");
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const form = useForm<SaveSearchInput>({
    resolver: yupResolver(saveSearchSchema) as never,
    defaultValues: { name: defaultName, criteria, alertsEnabled: true },
  });
  const { control } = form;
  const { onSubmit, pending, outcome } = useFormAction(form, saveCurrentSearch, {
    refresh: false,
    onSuccess: () => {
      setOpen(false);
      form.reset({ name: defaultName, criteria, alertsEnabled: true });
      setSaved(true);
    },
  });
  const close = () => setOpen(false);

  return (
    <>
      <Button variant="outlined" startIcon={<BookmarkAdd />} onClick={() => setOpen(true)}>
        {t("open")}
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby="save-search-title" fullWidth maxWidth="sm">
        <form onSubmit={onSubmit} noValidate>
          <DialogTitle id="save-search-title">{t("title")}</DialogTitle>
          <DialogContent>
            <ActionOutcome outcome={outcome} sx={{ mb: 2 }} />
            <TextFieldControl
              control={control}
              name="name"
              label={t("name")}
              required
              // eslint-disable-next-line jsx-a11y/no-autofocus -- the dialog opens for this one field
              autoFocus
              sx={{ mt: 1 }}
              maxLength={maxLengthOf(saveSearchSchema, "name")}
            />
            <Controller
              control={control}
              name="alertsEnabled"
              render={({ field }) => (
                <FormControlLabel
                  sx={{ mt: 1 }}
                  control={
                    <Checkbox
                      checked={Boolean(field.value)}
                      onChange={(event) => field.onChange(event.target.checked)}
                    />
                  }
                  label={t("alerts")}
                />
              )}
            />
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button onClick={close}>{t("cancel")}</Button>
            <Button type="submit" variant="contained" disabled={pending}>
              {t("confirm")}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
      <Snackbar
        open={saved}
        autoHideDuration={8000}
        onClose={() => setSaved(false)}
        message={t("done")}
        action={
          <Button component={NextLink} href="/student/searches" color="inherit" size="small">
            {t("manage")}
          </Button>
        }
      />
    </>
  );
}
