import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Grid from "@mui/material/Grid";
import Link from "@mui/material/Link";
import Typography from "@mui/material/Typography";

/** The dashboard's figures; one with `href` opens the page that lists them. */
export function StatGrid({ stats }: { stats: { label: string; value: number; href?: string }[] }) {
  return (
    <Grid container spacing={2} sx={{ mb: 3 }}>
      {stats.map((stat) => (
        <Grid key={stat.label} size={{ xs: 6, md: 3 }}>
          <Card sx={{ height: "100%" }}>
            <CardContent>
              <Typography variant="h2" component="p">
                {stat.value}
              </Typography>
              <Typography color="text.secondary">
                {stat.href ? <Link href={stat.href}>{stat.label}</Link> : stat.label}
              </Typography>
            </CardContent>
          </Card>
        </Grid>
      ))}
    </Grid>
  );
}
