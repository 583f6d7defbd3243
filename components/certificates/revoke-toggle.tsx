"use client";
import Button from "@mui/material/Button";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { RevokeForm } from "./revoke-form";

/** On the internship page: the revoke/reinstate form of one certificate, folded until asked for. */
export function RevokeToggle({ serial }: { serial: string }) {
  const t = useTranslations("certificates.staff");
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <div>
        <Button size="small" onClick={() => setOpen(true)}>
          {t("revokeOpen")}
        </Button>
      </div>
    );
  return <RevokeForm serial={serial} />;
}
