import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Link from "@mui/material/Link";
import Typography from "@mui/material/Typography";
import { getTranslations } from "next-intl/server";

/**
 * The applicant's CV shown in the page (the browser's PDF viewer in a frame, from the download
 * route's framed variant), with a download link for browsers that show no PDF.
 */
export async function CvPreview({ cv }: { cv: { documentId: string; fileName: string } | null }) {
  if (!cv) return null;
  const { documentId, fileName } = cv;
  const t = await getTranslations("applications.applicantMore");
  const url = `/api/v1/documents/${documentId}/download`;
  return (
    <Card component="section" aria-labelledby="cv-preview">
      <CardContent>
        <Typography id="cv-preview" variant="h2" gutterBottom>
          {t("cvPreview")}
        </Typography>
        <iframe
          src={`${url}?disposition=inline`}
          title={t("cvFrame", { name: fileName })}
          data-testid="cv-preview"
          style={{ width: "100%", height: "80vh", minHeight: 480, border: 0 }}
        />
        <Typography variant="body2" sx={{ mt: 1 }}>
          <Link href={url}>{t("cvDownload", { name: fileName })}</Link>
        </Typography>
      </CardContent>
    </Card>
  );
}
