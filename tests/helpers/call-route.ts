/** Any route handler, whatever its params (`never` accepts every params type a handler declares). */
type Handler = (request: Request, route: { params: Promise<never> }) => Promise<Response>;

/** Calls a route handler as Next would, with a JSON (or raw) body and headers. */
export async function callRoute(
  handler: Handler,
  options: {
    method?: string;
    path?: string;
    body?: unknown;
    rawBody?: string;
    headers?: Record<string, string>;
    params?: Record<string, string>;
  } = {},
) {
  const request = new Request(`http://localhost:3000/api/v1${options.path ?? "/"}`, {
    method: options.method ?? "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.7", ...options.headers },
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const params = Promise.resolve(options.params ?? {}) as Promise<never>;
  const response = await handler(request, { params });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}
