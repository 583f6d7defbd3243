import { describe, expect, it } from "vitest";
import { isVerifyPage } from "./verify-pages";

describe("the verification pages kept for offline checking", () => {
  it("are /verify and a serial's page", () => {
    for (const page of ["/verify", "/verify/", "/verify/C-2026-7KQ4-M2XD"]) expect(isVerifyPage(page), page).toBe(true);
  });

  it("are no other page: not the API that verifies, the credential download, nor a deeper path", () => {
    for (const page of [
      "/",
      "/verifyx",
      "/api/v1/certificates/verify",
      "/api/v1/certificates/C-2026-7KQ4-M2XD/credential",
      "/verify/C-2026-7KQ4-M2XD/extra",
      "/internships/abc",
    ]) {
      expect(isVerifyPage(page), page).toBe(false);
    }
  });
});
