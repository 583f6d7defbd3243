"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { beginTotpEnrolment, confirmTotpEnrolment, turnOffTotp } from "@/app/(app)/profile/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useAction } from "@/components/ui/use-action";
import { useFormAction } from "@/components/ui/use-form-action";
import { totpCodeSchema } from "@/lib/identity/schemas";

/**
 * Two-step verification: set-up (QR code, first code, recovery codes shown once) and turning it
 * off with a code. `continueHref` is where a system admin sent here to enrol goes afterwards.
 */
export function TotpSettings({
  enabled,
  canDisable,
  continueHref,
}: {
  enabled: boolean;
  canDisable: boolean;
  continueHref?: string;
}) {
  const t = useTranslations("profile.totp");
  const router = useRouter();
  const [pending, setPending] = useState<{ secret: string; qrCode: string }>();
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();
  const begin = useAction(beginTotpEnrolment, { refresh: false, onSuccess: setPending });

  if (recoveryCodes) {
    return (
      <Stack spacing={2}>
        <Alert severity="success">{t("enabled")}</Alert>
        <Typography>{t("recoveryLead")}</Typography>
        <Box
          component="ul"
          aria-label={t("recoveryTitle")}
          data-testid="recovery-codes"
          sx={{ fontFamily: "monospace", fontSize: "1.1rem", columns: 2, m: 0, pl: 3 }}
        >
          {recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </Box>
        <Button
          variant="contained"
          sx={{ alignSelf: "flex-start" }}
          onClick={() => {
            setRecoveryCodes(undefined);
            setPending(undefined);
            if (continueHref) router.push(continueHref);
            else router.refresh();
          }}
        >
          {t("recoverySaved")}
        </Button>
      </Stack>
    );
  }
  if (pending) return <ConfirmStep pending={pending} onConfirmed={setRecoveryCodes} />;
  if (enabled) return canDisable ? <DisableForm /> : <Typography>{t("requiredForRole")}</Typography>;
  return (
    <Stack spacing={2}>
      <Typography>{t("offLead")}</Typography>
      <ActionOutcome outcome={begin.outcome} />
      <Button
        variant="contained"
        sx={{ alignSelf: "flex-start" }}
        disabled={begin.pending}
        onClick={() => void begin.execute(null)}
      >
        {t("setUp")}
      </Button>
    </Stack>
  );
}

function ConfirmStep({
  pending,
  onConfirmed,
}: {
  pending: { secret: string; qrCode: string };
  onConfirmed: (codes: string[]) => void;
}) {
  const t = useTranslations("profile.totp");
  const form = useForm({ resolver: yupResolver(totpCodeSchema), defaultValues: { code: "" } });
  const {
    onSubmit,
    pending: busy,
    outcome,
  } = useFormAction(form, confirmTotpEnrolment, {
    refresh: false,
    onSuccess: (data) => onConfirmed(data.recoveryCodes),
  });
  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
      <Typography>{t("scanLead")}</Typography>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server, nothing to optimise */}
      <img src={pending.qrCode} alt={t("qrAlt")} width={208} height={208} />
      <Typography variant="body2">
        {t("manualEntry")}{" "}
        <Box component="code" data-testid="totp-secret" sx={{ fontSize: "1rem", overflowWrap: "anywhere" }}>
          {pending.secret}
        </Box>
      </Typography>
      <ActionOutcome outcome={outcome} />
      <TextFieldControl
        control={form.control}
        name="code"
        label={t("codeLabel")}
        autoComplete="one-time-code"
        slotProps={{ htmlInput: { inputMode: "numeric" } }}
        required
      />
      <Button type="submit" variant="contained" disabled={busy} sx={{ alignSelf: "flex-start" }}>
        {t("confirm")}
      </Button>
    </Stack>
  );
}

function DisableForm() {
  const t = useTranslations("profile.totp");
  const form = useForm({ resolver: yupResolver(totpCodeSchema), defaultValues: { code: "" } });
  const { onSubmit, pending, outcome } = useFormAction(form, turnOffTotp, { success: t("disabled"), reset: true });
  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
      <Typography>{t("onLead")}</Typography>
      <ActionOutcome outcome={outcome} />
      <TextFieldControl
        control={form.control}
        name="code"
        label={t("disableCodeLabel")}
        autoComplete="one-time-code"
        required
      />
      <Button type="submit" variant="outlined" color="error" disabled={pending} sx={{ alignSelf: "flex-start" }}>
        {t("disable")}
      </Button>
    </Stack>
  );
}
