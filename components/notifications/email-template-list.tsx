"use client";
import ExpandMore from "@mui/icons-material/ExpandMore";
import Accordion from "@mui/material/Accordion";
import AccordionDetails from "@mui/material/AccordionDetails";
import AccordionSummary from "@mui/material/AccordionSummary";
import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useFormatter, useTranslations } from "next-intl";
import { LOCALE_NAMES, isRtl } from "@/lib/core/i18n-config";
import type { EmailTemplateEntry } from "@/lib/notifications/list-email-templates";
import { EmailWordingForm } from "./email-wording-form";

const braces = (names: string[]) => names.map((name) => `{${name}}`).join(", ");

/** Each editable e-mail, folded; unfolded: its variables and, per language, the default wording and the editor. */
export function EmailTemplateList({ templates }: { templates: EmailTemplateEntry[] }) {
  const t = useTranslations("notifications.templates");
  const format = useFormatter();
  return (
    <Box sx={{ maxWidth: 1100 }}>
      {templates.map((template) => {
        const edited = template.wordings.filter((wording) => wording.override).map((wording) => wording.locale);
        return (
          <Accordion key={template.key} disableGutters slotProps={{ transition: { unmountOnExit: true } }}>
            <AccordionSummary expandIcon={<ExpandMore />} id={`template-${template.key}`}>
              <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: "center", flexWrap: "wrap" }}>
                <Typography component="h2" variant="subtitle1">
                  {t(`names.${template.key}`)}
                </Typography>
                {edited.map((locale) => (
                  <Chip
                    key={locale}
                    size="small"
                    color="primary"
                    variant="outlined"
                    label={`${t("isEdited")} · ${locale}`}
                  />
                ))}
              </Stack>
            </AccordionSummary>
            <AccordionDetails>
              <Typography variant="body2" color="text.secondary">
                {t("variables", { list: braces(template.variables) })}
              </Typography>
              {template.required.length > 0 && (
                <Typography variant="body2" color="text.secondary">
                  {t("required", { list: braces(template.required) })}
                </Typography>
              )}
              <Stack spacing={3} sx={{ mt: 2 }}>
                {template.wordings.map((wording) => (
                  <Box
                    key={wording.locale}
                    component="section"
                    aria-labelledby={`template-${template.key}-${wording.locale}`}
                    sx={{ borderTop: 1, borderColor: "divider", pt: 2 }}
                  >
                    <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 1 }}>
                      <Typography id={`template-${template.key}-${wording.locale}`} component="h3" variant="subtitle2">
                        {LOCALE_NAMES[wording.locale]}
                      </Typography>
                      <Chip
                        size="small"
                        color={wording.override ? "primary" : "default"}
                        label={wording.override ? t("isEdited") : t("isDefault")}
                      />
                    </Stack>
                    {wording.override && (
                      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                        {wording.override.updatedBy
                          ? t("edited", {
                              name: wording.override.updatedBy,
                              date: format.dateTime(wording.override.updatedAt, { dateStyle: "medium" }),
                            })
                          : t("editedBySomeone", {
                              date: format.dateTime(wording.override.updatedAt, { dateStyle: "medium" }),
                            })}
                      </Typography>
                    )}
                    <Box
                      component="details"
                      sx={{ mb: 2, "& summary": { cursor: "pointer", color: "primary.main", typography: "body2" } }}
                    >
                      <summary>{t("defaultWording")}</summary>
                      <Box lang={wording.locale} dir={isRtl(wording.locale) ? "rtl" : "ltr"} sx={{ mt: 1 }}>
                        <Typography variant="body2" sx={{ fontWeight: 600 }}>
                          {wording.default.subject}
                        </Typography>
                        <Typography variant="body2" sx={{ whiteSpace: "pre-line" }}>
                          {wording.default.body}
                        </Typography>
                      </Box>
                    </Box>
                    <EmailWordingForm
                      key={wording.override ? String(wording.override.updatedAt) : "default"}
                      templateKey={template.key}
                      locale={wording.locale}
                      initial={wording.override ?? wording.default}
                      edited={Boolean(wording.override)}
                    />
                  </Box>
                ))}
              </Stack>
            </AccordionDetails>
          </Accordion>
        );
      })}
    </Box>
  );
}
