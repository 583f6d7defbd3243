"use client";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import FormControlLabel from "@mui/material/FormControlLabel";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionOutcome } from "@/components/ui/action-outcome";
import type { Outcome } from "@/components/ui/use-action";

export type SignFields = { typedName: string; consent: boolean; password: string };
type Call = { pending: boolean; outcome: Outcome | undefined };

/**
 * A signer's turn, for an agreement or an amendment: the typed name, the consent box and the
 * password (left out on an e-mailed link's page, whose code stands for it); or a refusal with a
 * reason. The caller holds the actions (`useAction`) and says what each form calls.
 */
export function SignOrRefuseForm({
  title,
  titleVariant,
  withPassword,
  signing,
  refusing,
  onSign,
  onRefuse,
}: {
  title: string;
  titleVariant: "h2" | "h3";
  withPassword: boolean;
  signing: Call;
  refusing: Call;
  onSign: (fields: SignFields) => void;
  onRefuse: (reason: string) => void;
}) {
  const t = useTranslations("agreements.page");
  const [typedName, setTypedName] = useState("");
  const [consent, setConsent] = useState(false);
  const [password, setPassword] = useState("");
  const [reason, setReason] = useState("");
  return (
    <Stack spacing={3}>
      <Stack
        component="form"
        spacing={2}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSign({ typedName, consent, password });
        }}
      >
        <Typography variant={titleVariant}>{title}</Typography>
        <ActionOutcome outcome={signing.outcome} />
        <TextField
          label={t("typedName")}
          value={typedName}
          onChange={(e) => setTypedName(e.target.value)}
          required
          autoComplete="name"
        />
        <FormControlLabel
          control={<Checkbox checked={consent} onChange={(e) => setConsent(e.target.checked)} required />}
          label={t("consent")}
        />
        {withPassword && (
          <TextField
            label={t("password")}
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
            autoComplete="current-password"
          />
        )}
        <Button type="submit" variant="contained" disabled={signing.pending} sx={{ alignSelf: "flex-start" }}>
          {t("sign")}
        </Button>
      </Stack>
      <Stack
        component="form"
        spacing={2}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onRefuse(reason);
        }}
      >
        <ActionOutcome outcome={refusing.outcome} />
        <TextField
          label={t("refuseReason")}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          multiline
          minRows={2}
          required
        />
        <Button
          type="submit"
          color="error"
          variant="outlined"
          disabled={refusing.pending}
          sx={{ alignSelf: "flex-start" }}
        >
          {t("refuse")}
        </Button>
      </Stack>
    </Stack>
  );
}
