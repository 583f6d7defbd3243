import PictureAsPdf from "@mui/icons-material/PictureAsPdf";
import Link from "@mui/material/Link";
import { useTranslations } from "next-intl";

/** The agreement as it is (or was) signed; an outside signer reads it with the code of their link. */
export function AgreementPdfLink({ id, code }: { id: string; code?: string }) {
  const t = useTranslations("agreements.pdf");
  const href = `/api/v1/agreements/${encodeURIComponent(id)}/pdf${code ? `?code=${encodeURIComponent(code)}` : ""}`;
  return (
    <Link href={href} target="_blank" rel="noopener" sx={{ display: "inline-flex", alignItems: "center", gap: 0.5 }}>
      <PictureAsPdf fontSize="small" aria-hidden />
      {t("read")}
    </Link>
  );
}
