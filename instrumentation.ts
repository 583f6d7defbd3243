/** Next.js start-up hook: in a long-running Node server, start the outbox timer and local crons. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startBackgroundWork } = await import("@/inngest/dispatch");
    startBackgroundWork();
  }
}
