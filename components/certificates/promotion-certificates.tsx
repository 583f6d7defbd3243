"use client";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { requestPromotionAction } from "@/app/(app)/university/certificates/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";

/**
 * One program's promotion: its progress, and the button that has its missing certificates
 * generated. Once asked, the page refreshes every two seconds until every certificate is issued.
 */
export function PromotionCertificates(props: {
  programId: string;
  name: string;
  year: number;
  total: number;
  issued: number;
}) {
  const t = useTranslations("certificates.staff");
  const router = useRouter();
  const [watching, setWatching] = useState(false);
  const { execute, pending, outcome } = useAction(requestPromotionAction, {
    success: (data) => t("requested", data),
    onSuccess: () => setWatching(true),
  });
  const done = props.total > 0 && props.issued >= props.total;
  useEffect(() => {
    if (!watching || done) return;
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [watching, done, router]);
  const progress = t("progress", { issued: props.issued, total: props.total });
  return (
    <Stack spacing={1.5} component="section" aria-label={props.name}>
      <Stack
        direction={{ xs: "column", sm: "row" }}
        spacing={1}
        sx={{ alignItems: { sm: "baseline" }, justifyContent: "space-between" }}
      >
        <Typography variant="h2" sx={{ fontSize: "1.1rem", overflowWrap: "anywhere" }}>
          {props.name}
        </Typography>
        <Typography role="status" color="text.secondary">
          {progress}
        </Typography>
      </Stack>
      <LinearProgress
        variant="determinate"
        value={props.total ? (100 * props.issued) / props.total : 0}
        aria-label={`${props.name}, ${progress}`}
      />
      <div>
        <Button
          variant="contained"
          disabled={pending || done || props.total === 0}
          onClick={() => execute({ programId: props.programId, year: props.year })}
          aria-label={t("generateFor", { program: props.name })}
        >
          {t("generate")}
        </Button>
      </div>
      <ActionOutcome outcome={outcome} />
    </Stack>
  );
}
