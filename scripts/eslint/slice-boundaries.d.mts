import type { ESLint } from "eslint";

declare const plugin: ESLint.Plugin & { rules: Required<ESLint.Plugin>["rules"] };
export default plugin;

export function normalisePath(p: string): string;
export function isOffered(offers: unknown[], inner: string): boolean;
export function resolveSpecifier(specifier: string, importerFile: string, root: string): string | null;
export function sliceOf(rootRelative: string): { slice: string; inner: string } | null;
export function readSliceMap(
  file: string,
): { map: Record<string, { owns?: string[]; offers?: string[] }> } | { missing: true } | { error: string };
