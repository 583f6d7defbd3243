import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Typography from "@mui/material/Typography";
import { LinkButton } from "@/components/ui/link-button";

/** What the search shows when nothing matches (or the link is broken): why, and a way on. */
export function NoResults({ title, hint, action, href }: { title: string; hint: string; action: string; href: string }) {
  return (
    <Card variant="outlined">
      <CardContent sx={{ textAlign: "center", py: 5 }}>
        <Typography variant="h3" component="p" sx={{ fontSize: "1.25rem" }} gutterBottom>
          {title}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3, maxWidth: 520, mx: "auto" }}>
          {hint}
        </Typography>
        <LinkButton href={href} variant="contained">
          {action}
        </LinkButton>
      </CardContent>
    </Card>
  );
}
