import { after } from "next/server";

/**
 * Runs `work` after the response is sent (Next's after()); outside a Next request, in scripts
 * and tests, there is no response to wait for, so it runs at once.
 */
export function afterResponse(work: () => Promise<unknown>): void {
  try {
    after(work);
  } catch {
    void work();
  }
}
