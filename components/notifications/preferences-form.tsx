"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Switch from "@mui/material/Switch";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import type { Theme } from "@mui/material/styles";
import useMediaQuery from "@mui/material/useMediaQuery";
import { useTranslations } from "next-intl";
import { Controller, useForm } from "react-hook-form";
import { savePreferences } from "@/app/(app)/notifications/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useFormAction } from "@/components/ui/use-form-action";
import type { KindPreference } from "@/lib/notifications/get-notification-preferences";
import { preferencesSchema, type PreferencesInput } from "@/lib/notifications/schemas";

/** A switch per kind of notification and channel; a channel a kind does not use is said so. */
export function PreferencesForm({ items }: { items: KindPreference[] }) {
  const t = useTranslations("notifications");
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down("sm"));
  const form = useForm<PreferencesInput>({
    resolver: yupResolver(preferencesSchema),
    defaultValues: { preferences: items.map(({ kind, inApp, email, push }) => ({ kind, inApp, email, push })) },
  });
  const { onSubmit, pending, outcome } = useFormAction(form, savePreferences, { success: t("preferences.saved") });
  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate sx={{ maxWidth: 760 }}>
      <ActionOutcome outcome={outcome} />
      <Table
        aria-label={t("preferences.title")}
        sx={{ "& th, & td": { px: { xs: 0.5, sm: 2 } }, "& td": { width: { xs: 52, sm: 120 } } }}
      >
        <TableHead>
          <TableRow>
            <TableCell />
            <TableCell align="center">{t("preferences.inApp")}</TableCell>
            <TableCell align="center">{t("preferences.email")}</TableCell>
            <TableCell align="center">{t("preferences.push")}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((item, index) => (
            <TableRow key={item.kind}>
              <TableCell component="th" scope="row">
                <Typography sx={{ fontWeight: 500 }}>{t(`kinds.${item.kind}.label`)}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {t(`kinds.${item.kind}.hint`)}
                </Typography>
              </TableCell>
              {(["inApp", "email", "push"] as const).map((channel) => (
                <TableCell key={channel} align="center">
                  {item.channels[channel] ? (
                    <Controller
                      control={form.control}
                      name={`preferences.${index}.${channel}`}
                      render={({ field }) => (
                        <Switch
                          size={phone ? "small" : "medium"}
                          checked={Boolean(field.value)}
                          onChange={(event) => field.onChange(event.target.checked)}
                          slotProps={{
                            input: {
                              "aria-label": `${t(`kinds.${item.kind}.label`)} : ${t(`preferences.${channel}`)}`,
                            },
                          }}
                        />
                      )}
                    />
                  ) : (
                    <Typography variant="body2" color="text.secondary">
                      {t("preferences.notAvailable")}
                    </Typography>
                  )}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div>
        <Button type="submit" variant="contained" disabled={pending}>
          {t("preferences.save")}
        </Button>
      </div>
    </Stack>
  );
}
