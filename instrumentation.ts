/**
 * Next.js start-up hook: traces exported when OTEL_EXPORTER_OTLP_ENDPOINT is set (nothing loaded
 * otherwise); in a long-running Node server, the outbox timer and local crons.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startTelemetry } = await import("@/lib/core/telemetry");
    await startTelemetry();
    const { startBackgroundWork } = await import("@/inngest/dispatch");
    startBackgroundWork();
  }
}
