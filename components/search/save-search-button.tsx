"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import BookmarkAdd from "@mui/icons-material/BookmarkAdd";
import Alert from "@mui/material/Alert";
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
import { useActionErrors } from "@/components/ui/form-errors";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { saveSearchSchema, type SaveSearchInput } from "@/lib/offers/saved-searches/schemas";
import type { SearchCriteria } from "@/lib/offers/search-schema";

/** "Save this search" for a signed-in student: a name, and whether to get the morning e-mail. */
export function SaveSearchButton({ criteria, defaultName }: { criteria: SearchCriteria; defaultName: string }) {
  const t = useTranslations("search.save");
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string>();
  const { control, handleSubmit, setError, reset, formState } = useForm<SaveSearchInput>({
    resolver: yupResolver(saveSearchSchema) as never,
    defaultValues: { name: defaultName, criteria, alertsEnabled: true },
  });
  const toMessage = useActionErrors(setError);

  const close = () => {
    setOpen(false);
    setFailure(undefined);
  };
  const onSubmit = handleSubmit(async (values) => {
    const result = await saveCurrentSearch(values);
    if (!result.ok) return setFailure(toMessage(result.error));
    close();
    reset({ name: defaultName, criteria, alertsEnabled: true });
    setSaved(true);
  });

  return (
    <>
      <Button variant="outlined" startIcon={<BookmarkAdd />} onClick={() => setOpen(true)}>
        {t("open")}
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby="save-search-title" fullWidth maxWidth="sm">
        <form onSubmit={onSubmit} noValidate>
          <DialogTitle id="save-search-title">{t("title")}</DialogTitle>
          <DialogContent>
            {failure && (
              <Alert severity="error" sx={{ mb: 2 }}>
                {failure}
              </Alert>
            )}
            <TextFieldControl control={control} name="name" label={t("name")} required autoFocus sx={{ mt: 1 }} slotProps={{ htmlInput: { maxLength: 80 } }} />
            <Controller
              control={control}
              name="alertsEnabled"
              render={({ field }) => (
                <FormControlLabel
                  sx={{ mt: 1 }}
                  control={<Checkbox checked={Boolean(field.value)} onChange={(event) => field.onChange(event.target.checked)} />}
                  label={t("alerts")}
                />
              )}
            />
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button onClick={close}>{t("cancel")}</Button>
            <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
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
