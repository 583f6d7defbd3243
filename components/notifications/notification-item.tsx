"use client";
import DoneIcon from "@mui/icons-material/Done";
import Box from "@mui/material/Box";
import IconButton from "@mui/material/IconButton";
import ListItem from "@mui/material/ListItem";
import ListItemButton from "@mui/material/ListItemButton";
import ListItemText from "@mui/material/ListItemText";
import { useFormatter, useTranslations } from "next-intl";
import NextLink from "next/link";
import { readNotification } from "@/app/(app)/notifications/actions";
import { useAction } from "@/components/ui/use-action";
import { visuallyHidden } from "@/components/ui/visually-hidden";

type Item = { id: string; title: string; body: string; link: string | null; readAt: Date | null; createdAt: Date };

/** One notification: opening it marks it read; an unread one can also be marked read where it is. */
export function NotificationItem({ item }: { item: Item }) {
  const t = useTranslations("notifications");
  const format = useFormatter();
  const { execute, pending } = useAction(readNotification);
  const unread = !item.readAt;
  const text = (
    <ListItemText
      primary={
        <Box component="span" sx={{ fontWeight: unread ? 700 : 400 }}>
          {unread && <Box component="span" sx={visuallyHidden}>{`${t("unread")} : `}</Box>}
          {item.title}
        </Box>
      }
      secondary={`${item.body} · ${format.dateTime(new Date(item.createdAt), { timeStyle: "short" })}`}
    />
  );
  return (
    <ListItem
      disablePadding
      data-testid="notification"
      sx={{ bgcolor: unread ? "action.hover" : undefined, borderRadius: 1 }}
      secondaryAction={
        unread && (
          <IconButton edge="end" aria-label={t("markRead")} disabled={pending} onClick={() => void execute(item.id)}>
            <DoneIcon />
          </IconButton>
        )
      }
    >
      {item.link ? (
        <ListItemButton component={NextLink} href={item.link} onClick={() => unread && void execute(item.id)}>
          {text}
        </ListItemButton>
      ) : (
        <Box sx={{ px: 2, py: 1 }}>{text}</Box>
      )}
    </ListItem>
  );
}
