import { db } from "@/lib/core/db";
import { requestMetricsText } from "@/lib/core/metrics";
import { outboxState } from "./outbox-state";

const gauge = (name: string, help: string, value: number) =>
  `# HELP ${name} ${help}\n# TYPE ${name} gauge\n${name} ${value}\n`;

/**
 * Everything /api/metrics exposes, in the Prometheus text format: this instance's API requests
 * (rate, errors, duration by route), the outbox's lag, and the platform's business totals read
 * from the database (shared by every instance, so they are gauges).
 */
export async function collectMetrics(): Promise<string> {
  const [outbox, applications, agreements, certificates, failedEmails] = await Promise.all([
    outboxState(),
    db.application.count({ where: { status: { not: "DRAFT" } } }),
    db.agreement.count({ where: { status: "VALIDATED" } }),
    db.certificate.count(),
    db.emailMessage.count({ where: { status: { not: "SENT" }, lastError: { not: null } } }),
  ]);
  return [
    requestMetricsText(),
    gauge("outbox_backlog_events", "Outbox events not delivered yet.", outbox.backlog),
    gauge("outbox_failing_events", "Undelivered outbox events whose delivery failed at least once.", outbox.failing),
    gauge(
      "outbox_oldest_undelivered_age_seconds",
      "Age of the oldest undelivered outbox event.",
      outbox.oldestAgeSeconds,
    ),
    gauge("email_delivery_failures", "E-mails not sent whose last attempt failed.", failedEmails),
    gauge("applications_sent", "Applications sent (drafts aside), all time.", applications),
    gauge("agreements_signed", "Agreements signed by every party (validated), all time.", agreements),
    gauge("certificates_issued", "Certificates issued, all time (revoked ones included).", certificates),
  ].join("");
}
