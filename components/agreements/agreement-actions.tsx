"use client";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import FormControlLabel from "@mui/material/FormControlLabel";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { refuse, sign, submit } from "@/app/(app)/agreements/actions";
import { refuseWithCode, signWithCode } from "@/app/sign/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";

/** Submit a draft for signature (blocked, with the reason, while the French stipend rule is not met). */
export function SubmitAgreementButton({ id }: { id: string }) {
  const t = useTranslations("agreements.page");
  const { execute, pending, outcome } = useAction(submit, { success: t("submitted") });
  return (
    <Stack spacing={1} sx={{ alignItems: "flex-start" }}>
      <ActionOutcome outcome={outcome} />
      <Button variant="contained" disabled={pending} onClick={() => execute({ id })}>
        {t("submit")}
      </Button>
    </Stack>
  );
}

/**
 * The signer's turn: the typed name, the consent box and the password (or, on the e-mailed link's
 * page, the code it carries); or a refusal with a reason.
 */
export function SignAgreementForm({
  id,
  code,
  documentSha256,
}: {
  id: string;
  code?: string;
  /** The SHA-256 of the document shown on the page: signing refuses a version changed since. */
  documentSha256: string | null;
}) {
  const t = useTranslations("agreements.page");
  const [typedName, setTypedName] = useState("");
  const [consent, setConsent] = useState(false);
  const [password, setPassword] = useState("");
  const [reason, setReason] = useState("");
  const signing = useAction(sign, { success: t("signed") });
  const refusing = useAction(refuse, { success: t("refused") });
  const signingByCode = useAction(signWithCode, { success: t("signed") });
  const refusingByCode = useAction(refuseWithCode, { success: t("refused") });
  const signer = code ? signingByCode : signing;
  const refuser = code ? refusingByCode : refusing;
  return (
    <Stack spacing={3}>
      <Stack
        component="form"
        spacing={2}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const read = documentSha256 ?? undefined;
          if (code) void signingByCode.execute({ id, code, typedName, consent, documentSha256: read });
          else void signing.execute({ id, typedName, consent, password, documentSha256: read });
        }}
      >
        <Typography variant="h2">{t("yourTurn")}</Typography>
        <ActionOutcome outcome={signer.outcome} />
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
        {!code && (
          <TextField
            label={t("password")}
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
            autoComplete="current-password"
          />
        )}
        <Button type="submit" variant="contained" disabled={signer.pending} sx={{ alignSelf: "flex-start" }}>
          {t("sign")}
        </Button>
      </Stack>
      <Stack
        component="form"
        spacing={2}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (code) void refusingByCode.execute({ id, code, reason });
          else void refusing.execute({ id, reason });
        }}
      >
        <ActionOutcome outcome={refuser.outcome} />
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
          disabled={refuser.pending}
          sx={{ alignSelf: "flex-start" }}
        >
          {t("refuse")}
        </Button>
      </Stack>
    </Stack>
  );
}
