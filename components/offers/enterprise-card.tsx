import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getTranslations } from "next-intl/server";
import { EnterpriseLogo } from "@/components/enterprises/enterprise-logo";
import type { OfferDetail } from "@/lib/offers/get-offer";

/** Who offers the internship: logo, name, sector, website, and the way to its page and other offers. */
export async function EnterpriseCard({ enterprise }: { enterprise: OfferDetail["enterprise"] }) {
  const t = await getTranslations("offers.detail");
  return (
    <Card variant="outlined" component="section" aria-labelledby="offer-enterprise">
      <CardContent>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: "center", mb: 1.5 }}>
          <EnterpriseLogo name={enterprise.name} logoUrl={enterprise.logoUrl} />
          <div>
            <Typography id="offer-enterprise" variant="h2" sx={{ fontSize: "1.1rem" }}>
              {enterprise.name}
            </Typography>
            {enterprise.sector && (
              <Typography variant="body2" color="text.secondary">
                {enterprise.sector}
              </Typography>
            )}
          </div>
        </Stack>
        {enterprise.verificationStatus === "VERIFIED" && (
          <Chip size="small" color="success" label={t("verified")} sx={{ mb: 1.5 }} />
        )}
        <Stack spacing={0.5}>
          <Link href={`/enterprises/${enterprise.slug}`}>{t("enterprisePage")}</Link>
          {enterprise.website && (
            <Link href={enterprise.website} rel="noopener noreferrer nofollow" target="_blank">
              {t("website")}
            </Link>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
