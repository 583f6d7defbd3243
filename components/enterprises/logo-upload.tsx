"use client";
import Apartment from "@mui/icons-material/Apartment";
import Alert from "@mui/material/Alert";
import Avatar from "@mui/material/Avatar";
import Button from "@mui/material/Button";
import FormHelperText from "@mui/material/FormHelperText";
import FormLabel from "@mui/material/FormLabel";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { uploadLogo } from "@/app/(app)/enterprise/actions";
import { useActionErrors, useFieldMessage } from "@/components/ui/form-errors";

const MAX_BYTES = 2 * 1024 * 1024;
const TYPES = "image/png,image/jpeg,image/webp";

/** The current logo, a preview of the chosen file, and its upload. */
export function LogoUpload({ name, logoUrl, readOnly }: { name: string; logoUrl: string | null; readOnly: boolean }) {
  const t = useTranslations("enterprises.logo");
  const fieldMessage = useFieldMessage();
  const toMessage = useActionErrors(() => {});
  const router = useRouter();
  const [file, setFile] = useState<File>();
  const [preview, setPreview] = useState<string>();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string }>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!file) return setPreview(undefined);
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  const choose = (chosen: File | undefined) => {
    setOutcome(undefined);
    if (chosen && chosen.size > MAX_BYTES) {
      setFile(undefined);
      return setOutcome({ ok: false, message: fieldMessage("fileTooLarge")! });
    }
    setFile(chosen);
  };

  const upload = async () => {
    if (!file) return;
    setBusy(true);
    const form = new FormData();
    form.set("logo", file);
    const result = await uploadLogo(form);
    setBusy(false);
    if (!result.ok) {
      const code = result.error.fieldErrors?.file;
      return setOutcome({ ok: false, message: code ? fieldMessage(code)! : toMessage(result.error) });
    }
    setFile(undefined);
    setOutcome({ ok: true, message: t("uploaded") });
    router.refresh();
  };

  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
        <Avatar src={preview ?? logoUrl ?? undefined} alt={t("alt", { name })} variant="rounded" sx={{ width: 96, height: 96, bgcolor: "action.hover" }}>
          <Apartment fontSize="large" color="action" />
        </Avatar>
        {!readOnly && (
          <Stack spacing={1}>
            <FormLabel htmlFor="enterprise-logo">{t("choose")}</FormLabel>
            <input id="enterprise-logo" type="file" accept={TYPES} aria-describedby="enterprise-logo-hint" onChange={(e) => choose(e.target.files?.[0])} />
            <FormHelperText id="enterprise-logo-hint" sx={{ m: 0 }}>
              {t("hint")}
            </FormHelperText>
          </Stack>
        )}
      </Stack>
      {file && (
        <Button variant="outlined" onClick={upload} disabled={busy} sx={{ alignSelf: "flex-start" }}>
          {t("save")}
        </Button>
      )}
      {outcome && <Alert severity={outcome.ok ? "success" : "error"}>{outcome.message}</Alert>}
    </Stack>
  );
}
