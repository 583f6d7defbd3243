"use client";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { refuse, sign, submit } from "@/app/(app)/agreements/actions";
import { refuseWithCode, signWithCode } from "@/app/sign/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";
import { SignOrRefuseForm } from "./sign-or-refuse-form";

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
 * The signer's turn on the agreement: signed with the password, or on the e-mailed link's page
 * with the code it carries; or refused with a reason.
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
  const signing = useAction(sign, { success: t("signed"), flash: true });
  const refusing = useAction(refuse, { success: t("refused"), flash: true });
  const signingByCode = useAction(signWithCode, { success: t("signed"), flash: true });
  const refusingByCode = useAction(refuseWithCode, { success: t("refused"), flash: true });
  const read = documentSha256 ?? undefined;
  return (
    <SignOrRefuseForm
      title={t("yourTurn")}
      titleVariant="h2"
      withPassword={!code}
      signing={code ? signingByCode : signing}
      refusing={code ? refusingByCode : refusing}
      onSign={({ typedName, consent, password }) => {
        if (code) void signingByCode.execute({ id, code, typedName, consent, documentSha256: read });
        else void signing.execute({ id, typedName, consent, password, documentSha256: read });
      }}
      onRefuse={(reason) => {
        if (code) void refusingByCode.execute({ id, code, reason });
        else void refusing.execute({ id, reason });
      }}
    />
  );
}
