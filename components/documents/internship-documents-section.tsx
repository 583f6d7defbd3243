import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getFormatter, getTranslations } from "next-intl/server";
import { listInternshipDocuments } from "@/lib/documents/list-internship-documents";
import { pageActor } from "@/lib/identity/page-guard";
import {
  InternshipDocumentDecision,
  InternshipDocumentDelete,
  InternshipDocumentUpload,
} from "./internship-document-forms";

const COLOR = { PENDING: "warning", VALIDATED: "success", REJECTED: "error" } as const;

/**
 * The internship's documents section (insurance certificate, other papers): each document's review
 * and version history with signed download links; the student adds documents and new versions,
 * the staff following the internship validate or reject them with a reason.
 */
export async function InternshipDocumentsSection({ internshipId }: { internshipId: string }) {
  const actor = await pageActor();
  const [{ items, canUpload }, t, format] = await Promise.all([
    listInternshipDocuments(actor, internshipId, ["INSURANCE_CERTIFICATE", "OTHER"]),
    getTranslations("internshipDocuments"),
    getFormatter(),
  ]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
    <section aria-labelledby="documents" style={{ marginTop: 32 }}>
      <Typography id="documents" variant="h2" gutterBottom>
        {t("title")}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t("lead")}
      </Typography>
      {items.length === 0 && <Typography>{t("empty")}</Typography>}
      <Stack component="ul" spacing={3} sx={{ listStyle: "none", p: 0, m: 0 }}>
        {items.map((document) => (
          <Stack component="li" key={document.id} spacing={1}>
            <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap" }}>
              <Typography variant="h3" sx={{ fontSize: "1.1rem" }}>
                {document.title} · {t(`kinds.${document.kind}` as never)}
              </Typography>
              <Chip
                size="small"
                color={COLOR[document.status as keyof typeof COLOR]}
                label={t(`status.${document.status}` as never)}
              />
            </Stack>
            {document.reviewedBy && document.validatedAt && (
              <Typography variant="body2">
                {t("reviewed", {
                  status: t(`status.${document.status}` as never),
                  name: document.reviewedBy,
                  date: day(document.validatedAt),
                })}
              </Typography>
            )}
            {document.rejectionReason && (
              <Typography variant="body2" color="error">
                {t("rejectedBecause", { reason: document.rejectionReason })}
              </Typography>
            )}
            <Typography variant="body2" component="h4" sx={{ fontWeight: 500 }}>
              {t("history")}
            </Typography>
            <ul style={{ margin: 0 }}>
              {document.versions.map((version) => (
                <li key={version.id}>
                  <Link
                    // Through the session: a fresh signed link on each click, never one that expired on an open page.
                    href={`/api/v1/documents/${document.id}/download?version=${version.version}`}
                    aria-label={t("download", { version: version.version, title: document.title })}
                  >
                    {t("versionLine", {
                      version: version.version,
                      fileName: version.fileName,
                      size: format.number(version.size / 1024, { maximumFractionDigits: 0 }) + " KB",
                      date: day(version.createdAt),
                    })}
                  </Link>
                  <Typography variant="caption" component="div" color="text.secondary" sx={{ wordBreak: "break-all" }}>
                    {t("sha256", { sha256: version.sha256 })}
                  </Typography>
                </li>
              ))}
            </ul>
            {document.canReview && <InternshipDocumentDecision documentId={document.id} title={document.title} />}
            {canUpload && document.mine && document.status !== "VALIDATED" && (
              <InternshipDocumentDelete documentId={document.id} title={document.title} />
            )}
            {canUpload && document.mine && (
              <InternshipDocumentUpload
                internshipId={internshipId}
                replace={{ documentId: document.id, kind: document.kind as "INSURANCE_CERTIFICATE" | "OTHER" }}
              />
            )}
          </Stack>
        ))}
      </Stack>
      {canUpload && (
        <Stack sx={{ mt: 3 }}>
          <Typography variant="h3" sx={{ fontSize: "1.1rem", mb: 1 }}>
            {t("add")}
          </Typography>
          <InternshipDocumentUpload internshipId={internshipId} />
        </Stack>
      )}
    </section>
  );
}
