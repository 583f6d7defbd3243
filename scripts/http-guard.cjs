// Preloaded into the Next.js server by scripts/start.ts (NODE_OPTIONS=--require): the first code
// to see each request, before Next.
// - Next fills x-forwarded-for with the socket's address only when the client sent none, so a
//   client could choose the address its rate limits count under: the socket's own address is
//   stamped as x-peer-address, overwriting any value the client sent (lib/core/request-info.ts).
// - Next cannot even build a request for methods such as TRACE and answers 500: those get a 405.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a --require preload is CommonJS
const http = require("node:http");

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function (event, request, response, ...rest) {
  if (event === "request" && request && request.headers) {
    if (!METHODS.has(request.method)) {
      response.writeHead(405, { "content-type": "application/problem+json", allow: [...METHODS].join(", ") });
      response.end(
        JSON.stringify({
          type: "https://stagiaire.app/problems/method-not-allowed",
          title: "This method is not allowed here.",
          status: 405,
        }),
      );
      return true;
    }
    request.headers["x-peer-address"] = (request.socket && request.socket.remoteAddress) || "";
  }
  return emit.call(this, event, request, response, ...rest);
};
