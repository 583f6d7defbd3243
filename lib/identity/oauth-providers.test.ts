import { describe, expect, it, vi } from "vitest";

// env() parses process.env once, so the provider variables must be set before anything reads it.
vi.hoisted(() => {
  Object.assign(process.env, {
    AUTH_GOOGLE_ID: "google-id",
    AUTH_GOOGLE_SECRET: "google-secret",
    AUTH_OIDC_ISSUER: "https://sso.univ.example/realms/students",
    AUTH_OIDC_ID: "stagiaire",
    AUTH_OIDC_SECRET: "oidc-secret",
    AUTH_OIDC_NAME: "ENT Université",
  });
});

const { oauthProviders } = await import("./next-auth");

describe("OAuth/OIDC providers", () => {
  it("are switched on by their variables only, with the configured issuer", () => {
    const providers = oauthProviders().map((p) => (typeof p === "function" ? p() : p));
    expect(providers.map((p) => p.id).sort()).toEqual(["google", "oidc"]);
    const oidc = providers.find((p) => p.id === "oidc") as { name: string; issuer?: string; type: string };
    expect(oidc).toMatchObject({
      name: "ENT Université",
      issuer: "https://sso.univ.example/realms/students",
      type: "oidc",
    });
  });
});
