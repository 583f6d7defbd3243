import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import { bearer } from "@/tests/helpers/applications";
import { callRoute } from "@/tests/helpers/call-route";
import { createUser } from "@/tests/helpers/users";
import { GET } from "./route";

vi.mock("@/lib/identity/next-auth", () => ({ auth: async () => null }));

describe("GET /notifications/unread-count", () => {
  it("answers the caller's own unread count", async () => {
    const user = await createUser("STUDENT");
    const other = await createUser("STUDENT");
    await db.notification.createMany({
      data: [
        { userId: user.id, type: "applicationStatus", title: "A", body: "…" },
        { userId: user.id, type: "applicationStatus", title: "B", body: "…" },
        { userId: user.id, type: "applicationStatus", title: "C", body: "…", readAt: new Date() },
        { userId: other.id, type: "applicationStatus", title: "D", body: "…" },
      ],
    });
    const response = await callRoute(GET, { method: "GET", headers: await bearer(user) });
    expect(response).toMatchObject({ status: 200, body: { unread: 2 } });
  });

  it("is 401 problem+json without a caller", async () => {
    const response = await callRoute(GET, { method: "GET" });
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });
});
