import CheckCircleOutlined from "@mui/icons-material/CheckCircleOutlined";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemIcon from "@mui/material/ListItemIcon";
import ListItemText from "@mui/material/ListItemText";
import Typography from "@mui/material/Typography";
import { getFormatter, getTranslations } from "next-intl/server";
import { describeReason } from "@/components/students/describe-reason";
import type { Reason } from "@/lib/recommendations/score-offer";

/** The facts behind an application's match score, as the recommendations word them. */
export async function MatchReasons({ reasons, title, empty }: { reasons: Reason[]; title?: string; empty: string }) {
  const [t, offers, format] = await Promise.all([
    getTranslations("students.reasons"),
    getTranslations("offers"),
    getFormatter(),
  ]);
  return (
    <>
      {title && (
        <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
          {title}
        </Typography>
      )}
      {reasons.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {empty}
        </Typography>
      ) : (
        <List dense disablePadding>
          {reasons.map((reason) => (
            <ListItem key={reason.code} disableGutters sx={{ py: 0.25 }}>
              <ListItemIcon sx={{ minWidth: 32 }}>
                <CheckCircleOutlined fontSize="small" color="success" aria-hidden />
              </ListItemIcon>
              <ListItemText primary={describeReason(reason, t, offers, format)} />
            </ListItem>
          ))}
        </List>
      )}
    </>
  );
}
