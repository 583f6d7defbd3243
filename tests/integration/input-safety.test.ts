import { describe, expect, it, vi } from "vitest";
import { apiRoute } from "@/lib/core/api-route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

// A route that would store what it is given: reaching it at all is the failure under test.
const reached = vi.fn();
const route = apiRoute<{ id: string }>(async ({ body, query, params }) => {
  const input = { body: await body(), query: query(), id: params.id };
  reached(input);
  return input;
});

async function call(path: string, body: string, id = "abc") {
  const request = new Request(`http://localhost:3000/api/v1/things/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.8" },
    body,
  });
  const response = await route(request, { params: Promise.resolve({ id }) });
  return { status: response.status, type: response.headers.get("content-type"), body: await response.json() };
}

describe("input no use case can want", () => {
  it.each([
    ["a NUL byte in a value", "x", JSON.stringify({ headline: "a\u0000b" }), "nulCharacter"],
    ["a NUL byte in a key", "x", JSON.stringify({ ["a\u0000"]: 1 }), "nulCharacter"],
    ["a NUL byte in the query", "x?q=%00", "{}", "nulCharacter"],
    ["20,000 nested arrays", "x", "[".repeat(20_000) + "]".repeat(20_000), null],
    ["nesting past 32 levels", "x", JSON.stringify(JSON.parse("[".repeat(40) + "]".repeat(40))), "tooDeep"],
  ])("refuses %s with a 400 before the handler runs", async (_name, path, body, code) => {
    reached.mockClear();
    const response = await call(path, body);
    expect(response.status).toBe(400);
    expect(response.type).toBe("application/problem+json");
    if (code) expect(response.body.errors).toEqual([expect.objectContaining({ field: "_", code })]);
    expect(reached).not.toHaveBeenCalled();
  });

  it.each([
    ["300 characters", "x".repeat(300)],
    ["a control character", "abc\u0001"],
  ])("answers 404 for an id of %s", async (_name, id) => {
    reached.mockClear();
    expect((await call("x", "{}", id)).status).toBe(404);
    expect(reached).not.toHaveBeenCalled();
  });

  it("lets ordinary input through", async () => {
    const response = await call("x?q=caf%C3%A9", JSON.stringify({ headline: "Stage d'été 🌞", nested: [[{ a: 1 }]] }));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      body: { headline: "Stage d'été 🌞", nested: [[{ a: 1 }]] },
      query: { q: "café" },
      id: "abc",
    });
  });
});
