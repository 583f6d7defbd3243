"use client";
import UploadFile from "@mui/icons-material/UploadFile";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { importFromCv, importFromLinkedIn } from "@/app/(app)/student/profile/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";
import { useFileProblem } from "@/components/ui/use-file-problem";
import { useReasonText } from "@/components/ui/reason-text";
import { PROFILE_IMPORT_RULES } from "@/lib/profile-import/schemas";
import { ProposalList, type Reading } from "./proposal-list";

// Browsers name a ZIP differently (Windows: x-zip-compressed); the server reads the bytes anyway.
const BROWSER_RULES = {
  ...PROFILE_IMPORT_RULES,
  types: [...PROFILE_IMPORT_RULES.types, "application/x-zip-compressed", "application/x-zip"],
};

/**
 * « Remplir depuis mon CV / LinkedIn »: starts a reading, follows it until its proposals are there
 * (polling the API while it is pending), then shows them beside the text read.
 */
export function ProfileImportPanel({
  studentId,
  hasCv,
  latestId,
}: {
  studentId: string;
  hasCv: boolean;
  latestId: string | null;
}) {
  const t = useTranslations("students.import");
  const text = useReasonText();
  const client = useQueryClient();
  const fileProblem = useFileProblem(BROWSER_RULES as unknown as Parameters<typeof useFileProblem>[0]);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [importId, setImportId] = useState(latestId);
  // A CV sent from the form above queues a new reading: the refreshed page brings its id.
  const [shownLatest, setShownLatest] = useState(latestId);
  if (latestId !== shownLatest) {
    setShownLatest(latestId);
    setImportId(latestId);
  }
  const [problem, setProblem] = useState<string>();
  const started = { success: t("started"), onSuccess: (data: { importId: string }) => setImportId(data.importId) };
  const fromCv = useAction(importFromCv, started);
  const fromLinkedIn = useAction(importFromLinkedIn, {
    ...started,
    onSuccess: (data) => {
      setImportId(data.importId);
      if (input.current) input.current.value = "";
    },
  });

  const url = `/api/v1/students/${studentId}/profile-imports/${importId}`;
  const { data: reading } = useQuery({
    queryKey: ["profile-import", importId],
    enabled: Boolean(importId),
    queryFn: async (): Promise<Reading> => {
      const response = await fetch(url, { headers: { accept: "application/json" } });
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    },
    refetchInterval: (query) => (query.state.data?.status === "PENDING" || !query.state.data ? 1500 : false),
    staleTime: 0,
  });

  const sendLinkedIn = (file: File | null) => {
    const found = fileProblem(file);
    setProblem(found);
    if (!file || found) return;
    const body = new FormData();
    body.set("file", file);
    void fromLinkedIn.execute(body);
  };

  const pending = fromCv.pending || fromLinkedIn.pending;
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">{t("lead")}</Typography>
      <ActionOutcome
        outcome={
          problem ? { ok: false, message: problem, code: "VALIDATION" } : (fromCv.outcome ?? fromLinkedIn.outcome)
        }
      />
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
        <Button variant="contained" disabled={!hasCv || pending} onClick={() => void fromCv.execute({})}>
          {t("fromCv")}
        </Button>
        <input
          ref={input}
          type="file"
          accept="application/pdf,.pdf,application/zip,.zip"
          hidden
          aria-hidden
          onChange={(event) => sendLinkedIn(event.target.files?.[0] ?? null)}
        />
        <Button
          variant="outlined"
          startIcon={<UploadFile />}
          disabled={pending}
          onClick={() => input.current?.click()}
          aria-describedby={hintId}
        >
          {t("fromLinkedIn")}
        </Button>
      </Stack>
      <Typography id={hintId} variant="body2" color="text.secondary">
        {hasCv ? t("linkedInHint") : `${t("noCv")} ${t("linkedInHint")}`}
      </Typography>

      {reading?.status === "PENDING" && (
        <Box role="status" aria-live="polite">
          <Typography gutterBottom>{t("pending", { file: reading.fileName })}</Typography>
          <LinearProgress />
        </Box>
      )}
      {reading?.status === "FAILED" && (
        <Alert severity="warning" role="status">
          {t("failed", { file: reading.fileName })}{" "}
          {reading.failureReason && text.reason({ key: reading.failureReason })}
        </Alert>
      )}
      {reading?.status === "DONE" && (
        <ProposalList
          reading={reading}
          onDecided={() => void client.invalidateQueries({ queryKey: ["profile-import", reading.id] })}
        />
      )}
    </Stack>
  );
}
