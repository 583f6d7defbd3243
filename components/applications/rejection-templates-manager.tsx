"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Delete from "@mui/icons-material/DeleteOutlined";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import IconButton from "@mui/material/IconButton";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { removeTemplate, saveTemplate } from "@/app/(app)/enterprise/templates/actions";
import { ActionOutcome, ActionSnackbar } from "@/components/ui/action-outcome";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useAction } from "@/components/ui/use-action";
import { useFormAction } from "@/components/ui/use-form-action";
import type { TemplateView } from "@/lib/applications/rejection-templates";
import { MESSAGE_MAX, REJECTION_REASONS, rejectionTemplateSchema, TEMPLATE_NAME_MAX } from "@/lib/applications/schemas";

type Values = { name: string; reason: string; bodyFr: string; bodyEn: string };

/** The enterprise's rejection messages: the built-in ones, its own (deletable), and a form for a new one. */
export function RejectionTemplatesManager({ templates }: { templates: TemplateView[] }) {
  const t = useTranslations("evaluations.templates");
  const reasons = useTranslations("applications.rejectionReasons");
  const [deleting, setDeleting] = useState<TemplateView | null>(null);
  const form = useForm<Values>({
    resolver: yupResolver(rejectionTemplateSchema) as never,
    defaultValues: { name: "", reason: "", bodyFr: "", bodyEn: "" },
  });
  const { onSubmit, pending, outcome } = useFormAction(form, saveTemplate, { success: t("saved"), reset: true });
  const removal = useAction(removeTemplate, { success: t("deleted") });
  const own = templates.filter((tpl) => !tpl.builtIn);
  const builtIn = templates.filter((tpl) => tpl.builtIn);

  const show = (tpl: TemplateView) => (
    <Card key={tpl.id} variant="outlined" data-testid="rejection-template">
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 1 }}>
          <Typography variant="h3" sx={{ fontSize: "1.05rem", flexGrow: 1 }}>
            {tpl.name}
          </Typography>
          {tpl.reason && <Chip size="small" label={reasons(tpl.reason)} />}
          {tpl.builtIn ? (
            <Chip size="small" variant="outlined" label={t("builtInLabel")} />
          ) : (
            <IconButton aria-label={t("delete", { name: tpl.name })} onClick={() => setDeleting(tpl)}>
              <Delete />
            </IconButton>
          )}
        </Stack>
        {tpl.bodyFr && (
          <>
            <Typography variant="overline" component="p" color="text.secondary">
              {t("bodyFr")}
            </Typography>
            <Typography lang="fr" sx={{ whiteSpace: "pre-line", mb: 2 }}>
              {tpl.bodyFr}
            </Typography>
          </>
        )}
        {tpl.bodyEn && (
          <>
            <Typography variant="overline" component="p" color="text.secondary">
              {t("bodyEn")}
            </Typography>
            <Typography lang="en" color="text.secondary" sx={{ whiteSpace: "pre-line" }}>
              {tpl.bodyEn}
            </Typography>
          </>
        )}
      </CardContent>
    </Card>
  );

  return (
    <Stack spacing={4}>
      <Box component="section" aria-labelledby="own-templates">
        <Typography id="own-templates" variant="h2" gutterBottom>
          {t("ownTitle")}
        </Typography>
        <Stack spacing={2}>
          {own.length ? own.map(show) : <Typography color="text.secondary">{t("none")}</Typography>}
        </Stack>
      </Box>
      <Box component="form" onSubmit={onSubmit} noValidate aria-labelledby="new-template">
        <Typography id="new-template" variant="h2" gutterBottom>
          {t("newTitle")}
        </Typography>
        <Stack spacing={2}>
          <ActionOutcome outcome={outcome} />
          <TextFieldControl
            control={form.control}
            name="name"
            label={t("name")}
            maxLength={TEMPLATE_NAME_MAX}
            required
          />
          <TextFieldControl control={form.control} name="reason" label={t("reason")} select>
            <MenuItem value="">{t("noReason")}</MenuItem>
            {REJECTION_REASONS.map((reason) => (
              <MenuItem key={reason} value={reason}>
                {reasons(reason)}
              </MenuItem>
            ))}
          </TextFieldControl>
          <TextFieldControl
            control={form.control}
            name="bodyFr"
            label={t("bodyFr")}
            maxLength={MESSAGE_MAX}
            multiline
            minRows={4}
            slotProps={{ htmlInput: { lang: "fr" } }}
          />
          <TextFieldControl
            control={form.control}
            name="bodyEn"
            label={t("bodyEn")}
            maxLength={MESSAGE_MAX}
            multiline
            minRows={4}
            slotProps={{ htmlInput: { lang: "en" } }}
          />
          <Box>
            <Button type="submit" variant="contained" disabled={pending}>
              {t("save")}
            </Button>
          </Box>
        </Stack>
      </Box>
      <Box component="section" aria-labelledby="built-in-templates">
        <Typography id="built-in-templates" variant="h2" gutterBottom>
          {t("builtInTitle")}
        </Typography>
        <Stack spacing={2}>{builtIn.map(show)}</Stack>
      </Box>
      <ConfirmDialog
        open={deleting !== null}
        title={t("confirmDelete", { name: deleting?.name ?? "" })}
        body={deleting?.bodyFr ?? deleting?.bodyEn ?? ""}
        confirmLabel={t("confirm")}
        color="error"
        pending={removal.pending}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          const id = deleting?.id ?? "";
          setDeleting(null);
          void removal.execute({ id });
        }}
      />
      <ActionSnackbar outcome={removal.outcome} onClose={removal.reset} />
    </Stack>
  );
}
