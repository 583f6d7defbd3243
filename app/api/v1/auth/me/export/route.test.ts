import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { bearer, studentWithCv } from "@/tests/helpers/applications";
import { GET } from "./route";

describe("GET /auth/me/export", () => {
  it("answers the signed-in caller with a ZIP, and allows three a day", async () => {
    const me = await studentWithCv({ cv: false });
    const call = (headers: Record<string, string>) =>
      GET(new Request("http://localhost:3000/api/v1/auth/me/export", { headers }), {
        params: Promise.resolve({}),
      } as never);
    const headers = await bearer(me.user);
    const ok = await call(headers);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("application/zip");
    expect(ok.headers.get("content-disposition")).toMatch(/^attachment; filename="stagiaire-\d{4}-\d{2}-\d{2}\.zip"$/);
    expect(Object.keys(unzipSync(new Uint8Array(await ok.arrayBuffer())))).toEqual(["data.json"]);
    expect((await call(headers)).status).toBe(200);
    expect((await call(headers)).status).toBe(200);
    const fourth = await call(headers);
    expect(fourth.status).toBe(429);
    expect(fourth.headers.get("content-type")).toBe("application/problem+json");
  });
});
