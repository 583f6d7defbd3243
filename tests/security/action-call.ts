import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { ActionResult } from "@/lib/core/server-action";

const APP_DIR = fileURLToPath(new URL("../../app", import.meta.url));

/** Every module under app/ that starts with "use server": each export is a public POST endpoint. */
function serverModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return serverModules(path);
    if (!/\.tsx?$/.test(entry.name) || entry.name.endsWith(".test.ts")) return [];
    return /^\s*(?:\/\/[^\n]*\n\s*)*["']use server["']/.test(readFileSync(path, "utf8")) ? [path] : [];
  });
}

export type Action = (input: unknown) => Promise<ActionResult<unknown>>;

/** "app/(app)/enterprise/offers/actions.ts" export "publish" → "(app)/enterprise/offers/actions#publish". */
export async function loadActions(): Promise<{ key: string; action: Action }[]> {
  const found: { key: string; action: Action }[] = [];
  for (const file of serverModules(APP_DIR).sort()) {
    const name = relative(APP_DIR, file)
      .split(sep)
      .join("/")
      .replace(/\.tsx?$/, "");
    const exports = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const [exported, value] of Object.entries(exports)) {
      if (typeof value === "function") found.push({ key: `${name}#${exported}`, action: value as Action });
    }
  }
  return found;
}
