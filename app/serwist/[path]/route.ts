import { createSerwistRoute } from "@serwist/turbopack";
import { spawnSync } from "node:child_process";
import { OFFLINE_URL } from "@/components/pwa/offline-pages";

// The service worker (app/sw.ts), bundled by esbuild at build time and served as /serwist/sw.js
// (and its source map) with `Service-Worker-Allowed: /`, so that its scope is the whole site.
// The precache is the app shell: Next's hashed scripts and styles, the icons and the offline page.
const revision = spawnSync("git", ["rev-parse", "HEAD"], { encoding: "utf-8" }).stdout?.trim() || crypto.randomUUID();

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "app/sw.ts",
  useNativeEsbuild: true,
  // A classic script: the page registers it without `type: "module"`, as browsers without module workers can.
  esbuildOptions: { format: "iife" },
  globPatterns: [".next/static/**/*.{js,css}", "public/icons/*.{png,svg}"],
  additionalPrecacheEntries: [
    { url: "/manifest.webmanifest", revision },
    { url: OFFLINE_URL, revision },
  ],
});
