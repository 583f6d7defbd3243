import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Health } from "@/lib/operations/describe-health";
import { RetryEventButton } from "./retry-event-button";

function Section({ title, ok, children }: { title: string; ok: boolean | null; children: ReactNode }) {
  return (
    <Card component="section" aria-label={title}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 1, flexWrap: "wrap" }}>
          <Typography variant="h2" sx={{ fontSize: "1.25rem" }}>
            {title}
          </Typography>
          {ok !== null && <StatusChip ok={ok} />}
        </Stack>
        {children}
      </CardContent>
    </Card>
  );
}

async function StatusChip({ ok }: { ok: boolean }) {
  const t = await getTranslations("admin.health");
  return <Chip size="small" color={ok ? "success" : "error"} label={ok ? t("ok") : t("down")} />;
}

const MB = 1024 * 1024;

/** The health page's sections: database, outbox and failed events (with retry), e-mail, storage. */
export async function HealthView({ health }: { health: Health }) {
  const [t, format] = await Promise.all([getTranslations("admin.health"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "medium" });
  const { database, outbox, email, storage } = health;
  return (
    <Stack spacing={2}>
      <Section title={t("database")} ok={database.ok}>
        {database.latencyMs !== null && <Typography>{t("latency", { ms: database.latencyMs })}</Typography>}
      </Section>
      <Section title={t("outbox")} ok={outbox.failing === 0}>
        <Typography data-testid="outbox-backlog">{t("backlog", { count: outbox.backlog })}</Typography>
        {outbox.oldestCreatedAt && <Typography>{t("oldest", { when: when(outbox.oldestCreatedAt) })}</Typography>}
        <Typography>{t("failing", { count: outbox.failing })}</Typography>
        {health.workflows === "inngest" && (
          <Alert severity="info" sx={{ mt: 1 }}>
            {t("inngest")}
          </Alert>
        )}
        <Typography variant="h3" sx={{ fontSize: "1.05rem", mt: 2, mb: 1 }}>
          {t("failedEvents")}
        </Typography>
        {outbox.failed.length === 0 ? (
          <Typography color="text.secondary">{t("noFailedEvents")}</Typography>
        ) : (
          <Stack component="ul" spacing={1.5} sx={{ listStyle: "none", p: 0, m: 0 }}>
            {outbox.failed.map((event) => (
              <Box
                component="li"
                key={event.id}
                data-testid="failed-event"
                sx={{ border: 1, borderColor: "divider", borderRadius: 1, p: 1.5 }}
              >
                <Typography sx={{ fontFamily: "monospace", overflowWrap: "anywhere" }}>{event.name}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {t("created")}: {when(event.createdAt)} · {t("attempts")}: {event.attempts} · {t("nextTry")}:{" "}
                  {when(event.nextTryAt)}
                </Typography>
                {event.lastError && (
                  <Typography variant="body2" sx={{ fontFamily: "monospace", overflowWrap: "anywhere", my: 1 }}>
                    {t("lastError")}: {event.lastError}
                  </Typography>
                )}
                <RetryEventButton eventId={event.id} />
              </Box>
            ))}
          </Stack>
        )}
      </Section>
      <Section title={t("email")} ok={email.failing === 0}>
        <Typography>{t("emailFailures", { count: email.failing })}</Typography>
        {email.recent.length > 0 && (
          <Stack component="ul" spacing={1} sx={{ pl: 2, mt: 1 }}>
            {email.recent.map((message) => (
              <li key={message.id}>
                <Typography variant="body2" sx={{ overflowWrap: "anywhere" }}>
                  {t("template")}: {message.template} · {t("created")}: {when(message.createdAt)} · {t("attempts")}:{" "}
                  {message.attempts}
                  {message.lastError && ` · ${message.lastError}`}
                </Typography>
              </li>
            ))}
          </Stack>
        )}
      </Section>
      <Section title={t("storage")} ok={storage.ok}>
        <Typography>{storage.kind === "local" ? t("storageLocal") : t("storageUploadthing")}</Typography>
        {storage.freeBytes !== null && (
          <Typography color="text.secondary">
            {t("freeSpace", { size: `${format.number(Math.floor(storage.freeBytes / MB))} MB` })}
          </Typography>
        )}
      </Section>
    </Stack>
  );
}
