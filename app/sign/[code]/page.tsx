import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Container from "@mui/material/Container";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignAgreementForm } from "@/components/agreements/agreement-actions";
import { AgreementContent } from "@/components/agreements/agreement-content";
import { AgreementPdfLink } from "@/components/agreements/agreement-pdf-link";
import { RenewSigningLink } from "@/components/agreements/renew-signing-link";
import { readSigningLink } from "@/lib/agreements/signing-link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements.sign"))("title"), robots: { index: false } };
}

/** The page of an e-mailed signing link: no sign-in, the link's code is the signer's proof. */
export default async function SignByLinkPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const [link, t, parties] = await Promise.all([
    readSigningLink(code),
    getTranslations("agreements.sign"),
    getTranslations("agreements.parties"),
  ]);
  return (
    <Container maxWidth="md" sx={{ py: 4 }}>
      <Typography variant="h1" gutterBottom>
        {t("title")}
      </Typography>
      {link.state === "expired" && (
        <Stack spacing={2}>
          <Typography variant="h2">{t("expired")}</Typography>
          <Typography>{t("expiredLead")}</Typography>
          <RenewSigningLink code={code} />
        </Stack>
      )}
      {link.state === "invalid" && <Typography role="alert">{t("invalid")}</Typography>}
      {link.state === "valid" && (
        <Stack spacing={3}>
          <Typography>{t("as", { party: parties(link.party) })}</Typography>
          <Card>
            <CardContent>
              <AgreementContent agreement={link.agreement} />
              <AgreementPdfLink id={link.agreement.id} code={code} />
            </CardContent>
          </Card>
          <Card>
            <CardContent>
              <SignAgreementForm id={link.agreement.id} code={code} documentSha256={link.agreement.contentSha256} />
            </CardContent>
          </Card>
        </Stack>
      )}
    </Container>
  );
}
