import http from "node:http";
import type { AddressInfo } from "node:net";

export type FixtureResponse = {
  status?: number;
  body?: string;
  type?: string;
  headers?: Record<string, string>;
  /** Never answer (a server that hangs). */
  hang?: boolean;
};
type Handler = FixtureResponse | ((request: http.IncomingMessage) => FixtureResponse);

/**
 * A local web site for import tests (no real site is ever contacted): routes by path, each a fixed
 * answer or a function of the request; every request is recorded with its headers and time.
 * An ETag route answers 304 to a matching If-None-Match by itself.
 */
export async function startFixtureSite(routes: Record<string, Handler> = {}) {
  const requests: { path: string; headers: http.IncomingHttpHeaders; at: number }[] = [];
  const server = http.createServer((request, response) => {
    const path = request.url ?? "/";
    requests.push({ path, headers: request.headers, at: Date.now() });
    const handler = routes[path];
    const answer: FixtureResponse = !handler
      ? { status: 404, body: "not found" }
      : typeof handler === "function"
        ? handler(request)
        : handler;
    if (answer.hang) return;
    const etag = answer.headers?.etag;
    if (etag && request.headers["if-none-match"] === etag) {
      response.writeHead(304, { etag });
      return response.end();
    }
    response.writeHead(answer.status ?? 200, {
      "content-type": answer.type ?? "text/html; charset=utf-8",
      ...answer.headers,
    });
    response.end(answer.body ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    routes,
    requests,
    paths: () => requests.map((r) => r.path),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
