"use client";
import AccountCircle from "@mui/icons-material/AccountCircle";
import AccountTree from "@mui/icons-material/AccountTreeOutlined";
import Apartment from "@mui/icons-material/Apartment";
import Dashboard from "@mui/icons-material/Dashboard";
import Group from "@mui/icons-material/Group";
import MailOutline from "@mui/icons-material/MailOutlined";
import Menu from "@mui/icons-material/Menu";
import People from "@mui/icons-material/People";
import AutoAwesome from "@mui/icons-material/AutoAwesome";
import Assignment from "@mui/icons-material/AssignmentOutlined";
import ChatBubbleOutline from "@mui/icons-material/ChatBubbleOutlineOutlined";
import EventNote from "@mui/icons-material/EventNoteOutlined";
import FactCheckOutlined from "@mui/icons-material/FactCheckOutlined";
import BookmarkBorder from "@mui/icons-material/BookmarkBorder";
import School from "@mui/icons-material/School";
import ManageSearch from "@mui/icons-material/ManageSearch";
import Search from "@mui/icons-material/Search";
import VerifiedUser from "@mui/icons-material/VerifiedUser";
import Work from "@mui/icons-material/Work";
import AppBar from "@mui/material/AppBar";
import Box from "@mui/material/Box";
import Drawer from "@mui/material/Drawer";
import IconButton from "@mui/material/IconButton";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemButton from "@mui/material/ListItemButton";
import ListItemIcon from "@mui/material/ListItemIcon";
import ListItemText from "@mui/material/ListItemText";
import Toolbar from "@mui/material/Toolbar";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { usePathname } from "next/navigation";
import { useState, type ReactNode } from "react";
import type { NavIcon, NavItem } from "./navigation";
import { LanguageSwitcher } from "./language-switcher";
import { AssistantPanel } from "@/components/assistant/assistant-panel";
import { NotificationBell } from "./notification-bell";
import { ThemeToggle } from "./theme-toggle";
import { UserMenu } from "./user-menu";

const ICONS: Record<NavIcon, typeof Dashboard> = {
  dashboard: Dashboard,
  profile: AccountCircle,
  enterprise: Apartment,
  staff: Group,
  users: People,
  mailbox: MailOutline,
  search: Search,
  recommendations: AutoAwesome,
  saved: BookmarkBorder,
  savedSearches: ManageSearch,
  studentProfile: School,
  offers: Work,
  verifications: VerifiedUser,
  applications: Assignment,
  templates: ChatBubbleOutline,
  internships: EventNote,
  structure: AccountTree,
  evaluationForms: FactCheckOutlined,
};
const DRAWER_WIDTH = 248;

/** Responsive frame of the signed-in pages: a permanent drawer on wide screens, a menu on phones. */
export function AppShell({
  nav,
  user,
  unread = 0,
  children,
}: {
  nav: NavItem[];
  user: { name: string; role: string };
  /** Unread notifications, for the bell. */
  unread?: number;
  children: ReactNode;
}) {
  const t = useTranslations();
  const pathname = usePathname();
  const [open, setOpen] = useState(false);

  const drawer = (
    <nav aria-label={t("app.name")}>
      <Toolbar />
      <List>
        {nav.map((item) => {
          const Icon = ICONS[item.icon];
          const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <ListItem key={item.href} disablePadding>
              <ListItemButton
                component={NextLink}
                href={item.href}
                selected={active}
                aria-current={active ? "page" : undefined}
                onClick={() => setOpen(false)}
              >
                <ListItemIcon>
                  <Icon />
                </ListItemIcon>
                <ListItemText primary={t(`nav.${item.label}`)} />
              </ListItemButton>
            </ListItem>
          );
        })}
      </List>
    </nav>
  );

  return (
    <Box sx={{ display: "flex", minHeight: "100dvh" }}>
      <a href="#main" className="skip-link">
        {t("app.skipToContent")}
      </a>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: 1 }}>
          <IconButton
            color="inherit"
            edge="start"
            aria-label={t("app.openMenu")}
            onClick={() => setOpen(true)}
            sx={{ display: { md: "none" } }}
          >
            <Menu />
          </IconButton>
          <Typography
            component={NextLink}
            href="/dashboard"
            variant="h6"
            sx={{ color: "inherit", textDecoration: "none", flexGrow: 1 }}
          >
            {t("app.name")}
          </Typography>
          <AssistantPanel role={user.role} />
          <NotificationBell unread={unread} />
          <LanguageSwitcher />
          <ThemeToggle />
          <UserMenu name={user.name} role={t(`roles.${user.role}`)} />
        </Toolbar>
      </AppBar>
      <Drawer
        variant="temporary"
        open={open}
        onClose={() => setOpen(false)}
        sx={{ display: { md: "none" }, "& .MuiDrawer-paper": { width: DRAWER_WIDTH } }}
      >
        {drawer}
      </Drawer>
      <Drawer
        variant="permanent"
        sx={{
          display: { xs: "none", md: "block" },
          width: DRAWER_WIDTH,
          flexShrink: 0,
          // The column itself carries the drawer's background and edge, down to the end of long pages;
          // the menu sticks to the top of the viewport while the page scrolls.
          bgcolor: "background.paper",
          borderRight: 1,
          borderColor: "divider",
          "& .MuiDrawer-paper": { width: "100%", position: "sticky", top: 0, height: "100dvh", border: 0 },
        }}
      >
        {drawer}
      </Drawer>
      <Box component="main" id="main" sx={{ flexGrow: 1, p: { xs: 2, sm: 3 }, minWidth: 0 }}>
        <Toolbar />
        {children}
      </Box>
    </Box>
  );
}
