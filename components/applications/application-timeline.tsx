import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import { useFormatter, useTranslations } from "next-intl";
import type { ApplicationStatus, RejectionReason } from "@/lib/generated/prisma/enums";

type Change = {
  toStatus: ApplicationStatus;
  at: Date;
  note?: string | null;
  rejectionReason?: RejectionReason | null;
};

/** An application's history, oldest first: each step, when, and what was said with it. */
export function ApplicationTimeline({ history, label }: { history: Change[]; label: string }) {
  const t = useTranslations("applications.history");
  const reasons = useTranslations("applications.rejectionReasons");
  const format = useFormatter();
  return (
    <List
      dense
      aria-label={label}
      sx={{ borderLeft: 2, borderColor: "divider", pl: 2, ml: 1 }}
      data-testid="application-timeline"
    >
      {history.map((change, i) => (
        <ListItem key={i} disableGutters sx={{ py: 0.25, alignItems: "flex-start" }}>
          <ListItemText
            primary={t(change.toStatus)}
            secondary={[
              format.dateTime(new Date(change.at), { dateStyle: "medium", timeStyle: "short" }),
              change.rejectionReason && t("reason", { reason: reasons(change.rejectionReason) }),
              change.note && t("note", { note: change.note }),
            ]
              .filter(Boolean)
              .join(" · ")}
          />
        </ListItem>
      ))}
    </List>
  );
}
