import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What the current request tells code far below its adapter: its id (logs, events) and the
 * caller's IP (audit). A workflow runs in the context of the request that recorded its event,
 * without an IP: the workflow acts, not the caller.
 */
export type RequestContext = { requestId: string; ip?: string };

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `work` as part of the request `context` (apiRoute and serverAction do it for their handlers). */
export function withRequestContext<T>(context: RequestContext, work: () => Promise<T>): Promise<T> {
  return storage.run(context, work);
}

/** The current request, or undefined in workflows, scripts and tests that call a use case directly. */
export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}
