"use client";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import useMediaQuery from "@mui/material/useMediaQuery";
import type { Theme } from "@mui/material/styles";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";
import { EnterpriseLogo } from "@/components/enterprises/enterprise-logo";
import { ActionOutcome } from "@/components/ui/action-outcome";
import type { Outcome } from "@/components/ui/use-action";
import { fieldKey, OFFER_FIELDS } from "@/lib/offers/offer-options";
import type { OfferWarning } from "@/lib/offers/offer-warnings";
import type { OfferFormValues } from "./offer-form-values";
import { OfferText } from "./offer-text";

export type PreviewEnterprise = { name: string; logoUrl: string | null };

/**
 * The offer as the public page will show it, from the form's values, with what looks wrong above
 * it. In "publish" mode it ends with the publishing button (refused while a blocking problem stays).
 */
export function OfferPreviewDialog({
  open,
  mode,
  values,
  enterprise,
  warnings,
  pending,
  outcome,
  onPublish,
  onClose,
}: {
  open: boolean;
  mode: "preview" | "publish";
  values: OfferFormValues;
  enterprise: PreviewEnterprise;
  warnings: OfferWarning[];
  pending: boolean;
  outcome?: Outcome;
  onPublish: () => void;
  onClose: () => void;
}) {
  const t = useTranslations("offers");
  const locale = useLocale();
  const format = useFormatter();
  const id = useId();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down("sm"));
  const day = (value: string) =>
    format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const country = (() => {
    try {
      return new Intl.DisplayNames([locale], { type: "region" }).of(values.country) ?? values.country;
    } catch {
      return values.country;
    }
  })();
  const stipend = values.stipendAmount === "" || values.stipendAmount == null ? null : Number(values.stipendAmount);
  const facts = [
    (OFFER_FIELDS as readonly string[]).includes(values.field) && t(`fields.${fieldKey(values.field)}`),
    values.city && `${values.city} (${country})`,
    t(`remoteModes.${values.remoteMode}`),
    values.durationWeeks && t("list.weeks", { weeks: Number(values.durationWeeks) }),
    stipend
      ? `${format.number(stipend, { style: "currency", currency: values.stipendCurrency, maximumFractionDigits: 0 })} ${t(`stipendPeriods.${values.stipendPeriod}`)}`
      : t("detail.unpaid"),
    values.startFrom && t("detail.start", { date: day(values.startFrom) }),
    values.deadline && t("list.deadline", { date: day(values.deadline) }),
  ].filter((fact): fact is string => Boolean(fact));
  const section = (title: string, text: string): ReactNode =>
    text.trim() && (
      <>
        <Typography variant="h2" gutterBottom sx={{ mt: 3 }}>
          {title}
        </Typography>
        <OfferText text={text} />
      </>
    );
  const blocked = warnings.some((warning) => warning.blocking);

  return (
    <Dialog open={open} onClose={onClose} fullScreen={phone} maxWidth="md" fullWidth aria-labelledby={`${id}-title`}>
      <DialogTitle id={`${id}-title`}>
        {mode === "publish" ? t("preview.publishTitle") : t("preview.title")}
      </DialogTitle>
      <DialogContent dividers>
        <Stack spacing={1} sx={{ mb: 2 }}>
          {warnings.length === 0 ? (
            <Alert severity="success">{t("preview.noWarning")}</Alert>
          ) : (
            <Alert severity={blocked ? "error" : "warning"}>
              <Typography sx={{ fontWeight: 600 }}>{t("preview.warningsTitle")}</Typography>
              <ul style={{ margin: 0, paddingInlineStart: "1.25rem" }}>
                {warnings.map((warning) => (
                  <li key={warning.code}>{t(`preview.warnings.${warning.code}`)}</li>
                ))}
              </ul>
            </Alert>
          )}
          <ActionOutcome outcome={outcome} />
        </Stack>
        <Typography variant="overline" color="text.secondary">
          {t("preview.asPublic")}
        </Typography>
        <article aria-label={t("preview.asPublic")}>
          <Stack direction="row" spacing={2} sx={{ alignItems: "center", mb: 2 }}>
            <EnterpriseLogo name={enterprise.name} logoUrl={enterprise.logoUrl} size={56} />
            <div>
              <Typography variant="h1" component="p" sx={{ mb: 0.5, fontSize: { xs: "1.5rem", sm: "2rem" } }}>
                {values.title || t("preview.untitled")}
              </Typography>
              <Typography variant="h2" component="p" sx={{ fontWeight: 400 }}>
                {enterprise.name}
              </Typography>
            </div>
          </Stack>
          <Stack
            direction="row"
            component="ul"
            useFlexGap
            sx={{ flexWrap: "wrap", gap: 1, listStyle: "none", p: 0, m: 0 }}
          >
            {facts.map((fact) => (
              <li key={fact}>
                <Chip label={fact} variant="outlined" />
              </li>
            ))}
          </Stack>
          {section(t("form.description"), values.description)}
          {section(t("form.missions"), values.missions)}
          {values.skills.length > 0 && (
            <>
              <Typography variant="h2" gutterBottom sx={{ mt: 3 }}>
                {t("form.skills")}
              </Typography>
              <Stack
                direction="row"
                component="ul"
                useFlexGap
                sx={{ flexWrap: "wrap", gap: 1, listStyle: "none", p: 0 }}
              >
                {values.skills.map((skill) => (
                  <li key={skill}>
                    <Chip label={skill} />
                  </li>
                ))}
              </Stack>
            </>
          )}
          {values.languages.length > 0 && (
            <Typography sx={{ mb: 1 }}>
              <strong>{t("form.languages")} :</strong> {values.languages.map((l) => t(`languages.${l}`)).join(", ")}
            </Typography>
          )}
          {values.educationLevel && (
            <Typography sx={{ mb: 1 }}>
              <strong>{t("form.educationLevel")} :</strong> {values.educationLevel}
            </Typography>
          )}
          <Typography sx={{ mb: 1 }}>
            <strong>{t("form.positions")} :</strong> {values.positions}
          </Typography>
          {section(t("form.benefits"), values.benefits)}
        </article>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t("preview.back")}</Button>
        {mode === "publish" && (
          <Button variant="contained" onClick={onPublish} disabled={pending || blocked}>
            {t("preview.publish")}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
