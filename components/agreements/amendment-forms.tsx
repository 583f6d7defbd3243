"use client";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { proposeAmendmentAction, refuseAmendmentAction, signAmendmentAction } from "@/app/(app)/agreements/actions";
import { refuseAmendmentWithCode, signAmendmentWithCode } from "@/app/sign/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";
import { SignOrRefuseForm } from "./sign-or-refuse-form";

const FIELDS = ["startDate", "endDate", "place", "tutorName", "tutorEmail", "stipendAmount"] as const;
const DATES = new Set(["startDate", "endDate"]);

/** Propose an amendment: only the fields filled in change, or an early end with its reason. */
export function ProposeAmendmentForm({ id }: { id: string }) {
  const t = useTranslations("agreements");
  const [values, setValues] = useState<Record<string, string>>({});
  const { execute, pending, outcome } = useAction(proposeAmendmentAction, { success: t("amendments.proposed") });
  const tApp = useTranslations("app");
  const [shown, setShown] = useState(false);
  const set = (name: string, value: string) => setValues((current) => ({ ...current, [name]: value }));
  // Folded until asked for: most visits to a signed agreement are to read it, not to amend it.
  if (!shown) {
    return (
      <Button variant="outlined" onClick={() => setShown(true)} sx={{ alignSelf: "flex-start" }}>
        {t("amendments.propose")}
      </Button>
    );
  }
  return (
    <Stack
      component="form"
      spacing={2}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const filled = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ""));
        void execute({ id, values: filled });
      }}
    >
      <Typography variant="h3">{t("amendments.propose")}</Typography>
      <Typography color="text.secondary">{t("amendments.proposeLead")}</Typography>
      <ActionOutcome outcome={outcome} />
      {FIELDS.map((name) => (
        <TextField
          key={name}
          label={t(`page.fields.${name}`)}
          type={DATES.has(name) ? "date" : "text"}
          value={values[name] ?? ""}
          onChange={(e) => set(name, e.target.value)}
          slotProps={DATES.has(name) ? { inputLabel: { shrink: true } } : undefined}
        />
      ))}
      <TextField
        label={t("amendments.earlyEndOn")}
        type="date"
        value={values.earlyEndOn ?? ""}
        onChange={(e) => set("earlyEndOn", e.target.value)}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextField
        label={t("amendments.reason")}
        value={values.reason ?? ""}
        onChange={(e) => set("reason", e.target.value)}
        multiline
        minRows={2}
      />
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" disabled={pending}>
          {t("amendments.submit")}
        </Button>
        <Button onClick={() => setShown(false)} disabled={pending}>
          {tApp("cancel")}
        </Button>
      </Stack>
    </Stack>
  );
}

/**
 * The signer's turn on an amendment: signed with the password, or on an e-mailed link's page with
 * the code it carries; or refused with a reason.
 */
export function SignAmendmentForm({
  id,
  amendmentId,
  code,
  documentSha256,
}: {
  id: string;
  amendmentId: string;
  code?: string;
  /** The SHA-256 of the amendment shown on the page: signing refuses a version changed since. */
  documentSha256: string | null;
}) {
  const t = useTranslations("agreements");
  const signingWithPassword = useAction(signAmendmentAction, { success: t("amendments.signed"), flash: true });
  const refusingWithPassword = useAction(refuseAmendmentAction, { success: t("amendments.refused"), flash: true });
  const signingByCode = useAction(signAmendmentWithCode, { success: t("amendments.signed"), flash: true });
  const refusingByCode = useAction(refuseAmendmentWithCode, { success: t("amendments.refused"), flash: true });
  const read = documentSha256 ?? undefined;
  return (
    <SignOrRefuseForm
      title={t("amendments.yourTurn")}
      titleVariant="h3"
      withPassword={!code}
      signing={code ? signingByCode : signingWithPassword}
      refusing={code ? refusingByCode : refusingWithPassword}
      onSign={({ typedName, consent, password }) => {
        if (code) void signingByCode.execute({ id, amendmentId, code, typedName, consent, documentSha256: read });
        else void signingWithPassword.execute({ id, amendmentId, typedName, consent, password, documentSha256: read });
      }}
      onRefuse={(reason) => {
        if (code) void refusingByCode.execute({ id, amendmentId, code, reason });
        else void refusingWithPassword.execute({ id, amendmentId, reason });
      }}
    />
  );
}
