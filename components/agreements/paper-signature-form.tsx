"use client";
import Button from "@mui/material/Button";
import FormHelperText from "@mui/material/FormHelperText";
import FormLabel from "@mui/material/FormLabel";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { signOnPaper } from "@/app/(app)/agreements/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";
import { useFileProblem } from "@/components/ui/use-file-problem";
import { UPLOAD_RULES } from "@/lib/documents/upload-rules";

const RULES = UPLOAD_RULES.OTHER;

/** For the university's staff: the scan of a paper signature, recorded for the party whose turn it is. */
export function PaperSignatureForm({ id, party }: { id: string; party: string }) {
  const t = useTranslations("agreements");
  const fileProblem = useFileProblem(RULES);
  const [file, setFile] = useState<File>();
  const [problem, setProblem] = useState<string>();
  const { execute, pending, outcome } = useAction(signOnPaper, {
    success: t("paper.recorded"),
    onSuccess: () => setFile(undefined),
  });
  const partyName = t(`parties.${party}`);
  return (
    <Stack
      component="form"
      spacing={1.5}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!file) return setProblem(t("paper.choose"));
        const form = new FormData();
        form.set("id", id);
        form.set("party", party);
        form.set("scan", file);
        void execute(form);
      }}
    >
      <Typography variant="h2">{t("paper.title")}</Typography>
      <Typography color="text.secondary">{t("paper.lead", { party: partyName })}</Typography>
      <ActionOutcome outcome={problem ? { ok: false, message: problem, code: "VALIDATION" } : outcome} />
      <FormLabel htmlFor="paper-scan">{t("paper.file", { party: partyName })}</FormLabel>
      <input
        id="paper-scan"
        type="file"
        accept={RULES.types.join(",")}
        aria-describedby="paper-scan-hint"
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          const refused = fileProblem(chosen);
          setProblem(refused);
          setFile(refused ? undefined : chosen);
        }}
      />
      <FormHelperText id="paper-scan-hint" sx={{ m: 0 }}>
        {t("paper.hint", { types: RULES.label, megabytes: RULES.maxBytes / 1024 / 1024 })}
      </FormHelperText>
      <Button type="submit" variant="outlined" disabled={pending} sx={{ alignSelf: "flex-start" }}>
        {t("paper.record")}
      </Button>
    </Stack>
  );
}
