/** Next.js start-up hook: in a long-running Node server, retry undelivered outbox events on a timer. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startRelayTimer } = await import("@/inngest/dispatch");
    startRelayTimer();
  }
}
