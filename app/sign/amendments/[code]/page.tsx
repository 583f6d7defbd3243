import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Container from "@mui/material/Container";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AmendmentDiff } from "@/components/agreements/amendment-diff";
import { SignAmendmentForm } from "@/components/agreements/amendment-forms";
import { RenewSigningLink } from "@/components/agreements/renew-signing-link";
import { readAmendmentSigningLink } from "@/lib/agreements/amendment-signing-link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements.sign"))("amendmentTitle"), robots: { index: false } };
}

/** The page of an e-mailed amendment link: no sign-in, the link's code is the signer's proof. */
export default async function SignAmendmentByLinkPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const [link, t, parties] = await Promise.all([
    readAmendmentSigningLink(code),
    getTranslations("agreements.sign"),
    getTranslations("agreements.parties"),
  ]);
  return (
    <Container maxWidth="md" sx={{ py: 4 }}>
      <Typography variant="h1" gutterBottom>
        {t("amendmentTitle")}
      </Typography>
      {link.state === "expired" && (
        <Stack spacing={2}>
          <Typography variant="h2">{t("expired")}</Typography>
          <Typography>{t("expiredLead")}</Typography>
          <RenewSigningLink code={code} amendment />
        </Stack>
      )}
      {link.state === "invalid" && <Typography role="alert">{t("amendmentInvalid")}</Typography>}
      {link.state === "valid" && (
        <Stack spacing={3}>
          <Typography>{t("amendmentLead", { student: link.student, enterprise: link.enterprise })}</Typography>
          <Typography>{t("as", { party: parties(link.party) })}</Typography>
          <Card>
            <CardContent>
              {link.amendment.summary && <Typography sx={{ mb: 2 }}>{link.amendment.summary}</Typography>}
              <AmendmentDiff changes={link.amendment.changes} />
            </CardContent>
          </Card>
          <Card>
            <CardContent>
              <SignAmendmentForm
                id={link.amendment.agreementId}
                amendmentId={link.amendment.id}
                code={code}
                documentSha256={link.amendment.contentSha256}
              />
            </CardContent>
          </Card>
        </Stack>
      )}
    </Container>
  );
}
