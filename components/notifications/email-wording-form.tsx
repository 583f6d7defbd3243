"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { previewEmailWording, resetEmailWording, saveEmailWording } from "@/app/(app)/admin/email-templates/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useAction } from "@/components/ui/use-action";
import { useFormAction } from "@/components/ui/use-form-action";
import { isRtl, type Locale } from "@/lib/core/i18n-config";
import { maxLengthOf } from "@/lib/core/limit-messages";
import type { EmailTemplateKey } from "@/lib/notifications/email-templates";
import { emailTemplateSchema, type EmailTemplateInput } from "@/lib/notifications/schemas";

/**
 * The staff's wording of one e-mail in one language: subject and text, checked in the browser and on the
 * server (unknown or missing variables are named), a preview laid out as sent, and "back to default".
 */
export function EmailWordingForm({
  templateKey,
  locale,
  initial,
  edited,
}: {
  templateKey: EmailTemplateKey;
  locale: Locale;
  initial: { subject: string; body: string };
  edited: boolean;
}) {
  const t = useTranslations("notifications.templates");
  const form = useForm<EmailTemplateInput>({
    resolver: yupResolver(emailTemplateSchema),
    defaultValues: { key: templateKey, locale, subject: initial.subject, body: initial.body },
  });
  const save = useFormAction(form, saveEmailWording, { success: t("saved") });
  const [preview, setPreview] = useState<{ subject: string; html: string }>();
  const previewing = useFormAction(form, previewEmailWording, { refresh: false, onSuccess: setPreview });
  const reset = useAction(resetEmailWording, { success: t("resetDone") });
  const [confirming, setConfirming] = useState(false);
  const dir = isRtl(locale) ? "rtl" : "ltr";
  const input = { htmlInput: { lang: locale, dir } };
  return (
    <Stack component="form" spacing={2} onSubmit={save.onSubmit} noValidate>
      <ActionOutcome outcome={save.outcome ?? previewing.outcome ?? reset.outcome} />
      <TextFieldControl
        control={form.control}
        name="subject"
        label={t("subject")}
        maxLength={maxLengthOf(emailTemplateSchema, "subject")}
        slotProps={input}
        required
      />
      <TextFieldControl
        control={form.control}
        name="body"
        label={t("body")}
        helperText={t("bodyHelp", { example: "{name}" })}
        maxLength={maxLengthOf(emailTemplateSchema, "body")}
        slotProps={input}
        multiline
        minRows={4}
        required
      />
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
        <Button type="submit" variant="contained" disabled={save.pending}>
          {t("save")}
        </Button>
        <Button variant="outlined" disabled={previewing.pending} onClick={() => void previewing.onSubmit()}>
          {t("preview")}
        </Button>
        {edited && (
          <Button color="warning" disabled={reset.pending} onClick={() => setConfirming(true)}>
            {t("reset")}
          </Button>
        )}
      </Stack>
      {preview && (
        <Box>
          <Typography variant="subtitle2" component="p" lang={locale} dir={dir}>
            {preview.subject}
          </Typography>
          <Box
            component="iframe"
            title={t("previewFrame")}
            srcDoc={preview.html}
            sandbox=""
            sx={{ width: "100%", height: 420, border: 1, borderColor: "divider", borderRadius: 1 }}
          />
        </Box>
      )}
      <ConfirmDialog
        open={confirming}
        title={t("resetTitle")}
        body={t("resetBody")}
        confirmLabel={t("reset")}
        color="warning"
        pending={reset.pending}
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void reset.execute({ key: templateKey, locale });
        }}
      />
    </Stack>
  );
}
