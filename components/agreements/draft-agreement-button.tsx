"use client";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { draft } from "@/app/(app)/agreements/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { LinkButton } from "@/components/ui/link-button";
import { useAction } from "@/components/ui/use-action";

/** On an accepted application: open its agreement, or draft it (student or university). */
export function DraftAgreementButton({
  universityId,
  applicationId,
  agreementId,
}: {
  universityId: string | null;
  applicationId: string;
  agreementId: string | null;
}) {
  const t = useTranslations("agreements.page");
  const router = useRouter();
  const { execute, pending, outcome } = useAction(draft, {
    refresh: false,
    onSuccess: ({ id }) => router.push(`/agreements/${id}`),
  });
  if (agreementId) return <LinkButton href={`/agreements/${agreementId}`}>{t("open")}</LinkButton>;
  if (!universityId) return null;
  return (
    <Stack spacing={1} sx={{ alignItems: "flex-start" }}>
      <ActionOutcome outcome={outcome} />
      <Button variant="contained" disabled={pending} onClick={() => execute({ universityId, applicationId })}>
        {t("draftButton")}
      </Button>
    </Stack>
  );
}
