"use client";
import Apartment from "@mui/icons-material/Apartment";
import Avatar from "@mui/material/Avatar";
import Button from "@mui/material/Button";
import FormHelperText from "@mui/material/FormHelperText";
import FormLabel from "@mui/material/FormLabel";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { uploadLogo } from "@/app/(app)/enterprise/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";
import { useFileProblem } from "@/components/ui/use-file-problem";
import { UPLOAD_RULES } from "@/lib/documents/upload-rules";

const RULES = UPLOAD_RULES.LOGO;

/** The current logo, a preview of the chosen file, and its upload. */
export function LogoUpload({ name, logoUrl, readOnly }: { name: string; logoUrl: string | null; readOnly: boolean }) {
  const t = useTranslations("enterprises.logo");
  const fileProblem = useFileProblem(RULES);
  const [file, setFile] = useState<File>();
  const [preview, setPreview] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const { execute, pending, outcome } = useAction(uploadLogo, {
    success: t("uploaded"),
    onSuccess: () => {
      setFile(undefined);
      setPreview(undefined);
    },
  });

  // Each preview URL holds the file in memory until it is revoked.
  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  // Checked here too, so that a file the server would refuse is not sent at all.
  const choose = (chosen: File | undefined) => {
    const refused = fileProblem(chosen);
    setProblem(refused);
    setFile(refused ? undefined : chosen);
    setPreview(refused || !chosen ? undefined : URL.createObjectURL(chosen));
  };

  const upload = () => {
    if (!file) return;
    const form = new FormData();
    form.set("logo", file);
    void execute(form);
  };

  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
        <Avatar
          src={preview ?? logoUrl ?? undefined}
          alt={t("alt", { name })}
          variant="rounded"
          sx={{ width: 96, height: 96, bgcolor: "action.hover" }}
        >
          <Apartment fontSize="large" color="action" />
        </Avatar>
        {!readOnly && (
          <Stack spacing={1}>
            <FormLabel htmlFor="enterprise-logo">{t("choose")}</FormLabel>
            <input
              id="enterprise-logo"
              type="file"
              accept={RULES.types.join(",")}
              aria-describedby="enterprise-logo-hint"
              onChange={(e) => choose(e.target.files?.[0])}
            />
            <FormHelperText id="enterprise-logo-hint" sx={{ m: 0 }}>
              {t("hint")}
            </FormHelperText>
          </Stack>
        )}
      </Stack>
      {file && (
        <Button variant="outlined" onClick={upload} disabled={pending} sx={{ alignSelf: "flex-start" }}>
          {t("save")}
        </Button>
      )}
      <ActionOutcome outcome={problem ? { ok: false, message: problem, code: "VALIDATION" } : outcome} />
    </Stack>
  );
}
