/**
 * ESLint plugin `slices`: its rule `slices/boundaries` keeps the domain slices under lib/ apart.
 * A file in lib/<a>/ may import lib/<b>/<path> (b ≠ a, b not shared) only when <path> is listed
 * under b's "offers" in lib/slice-map.json. Plain JavaScript so that eslint.config.mjs can load it
 * without a build step.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";

const DEFAULT_SHARED = ["core", "generated"];
const EXTENSIONS = /\.(?:d\.)?(?:[cm]?[jt]sx?|json)$/;

/** Cache of parsed maps by file path, refreshed when the file changes (editors keep ESLint alive). */
const mapCache = new Map();

/**
 * @param {string} file absolute path of the slice map
 * @returns {{ map: Record<string, { offers?: string[] }> } | { missing: true } | { error: string }}
 */
export function readSliceMap(file) {
  let mtime;
  try {
    mtime = statSync(file).mtimeMs;
  } catch {
    return { missing: true };
  }
  const cached = mapCache.get(file);
  if (cached && cached.mtime === mtime) return cached.result;
  let result;
  try {
    const map = JSON.parse(readFileSync(file, "utf8"));
    if (typeof map !== "object" || map === null || Array.isArray(map)) throw new Error("expected an object of slices");
    for (const [slice, entry] of Object.entries(map)) {
      if (entry?.offers !== undefined && !Array.isArray(entry.offers)) {
        throw new Error(`"${slice}".offers must be an array of paths`);
      }
    }
    result = { map };
  } catch (error) {
    result = { error: error instanceof Error ? error.message : String(error) };
  }
  mapCache.set(file, { mtime, result });
  return result;
}

/** "offers/policy.ts" → "offers/policy"; "templates/index" → "templates"; "./x" → "x". */
export function normalisePath(p) {
  let out = p.replace(/\\/g, "/").replace(/^\.\//, "").replace(EXTENSIONS, "");
  if (out === "index") return "";
  if (out.endsWith("/index")) out = out.slice(0, -"/index".length);
  return out;
}

/** Whether `inner` (a path inside a slice, normalised) is among the slice's offers. */
export function isOffered(offers, inner) {
  return offers.some((entry) => {
    if (typeof entry !== "string") return false;
    if (entry.endsWith("/*") || entry.endsWith("/**")) {
      const prefix = normalisePath(entry.replace(/\/\*\*?$/, ""));
      return inner === prefix || inner.startsWith(`${prefix}/`);
    }
    return normalisePath(entry) === inner;
  });
}

/**
 * Where an import specifier lands, as a path relative to the project root (with "/" separators),
 * or null when it is a package import.
 */
export function resolveSpecifier(specifier, importerFile, root) {
  if (specifier.startsWith("@/")) return path.posix.normalize(specifier.slice(2));
  if (specifier === "." || specifier === ".." || specifier.startsWith("./") || specifier.startsWith("../")) {
    const absolute = path.resolve(path.dirname(importerFile), specifier);
    return path.relative(root, absolute).split(path.sep).join("/");
  }
  return null;
}

/** "lib/offers/policy" → { slice: "offers", inner: "policy" }; anything outside lib/<slice>/ → null. */
export function sliceOf(rootRelative) {
  const parts = rootRelative.split("/");
  if (parts[0] !== "lib" || parts.length < 2 || parts[1] === "" || parts[1] === "..") return null;
  if (parts.length === 2 && EXTENSIONS.test(parts[1])) return null; // a file directly under lib/
  return { slice: parts[1], inner: normalisePath(parts.slice(2).join("/")) };
}

const boundaries = {
  meta: {
    type: "problem",
    docs: {
      description: "Slices under lib/ import each other only through what lib/slice-map.json says they offer",
    },
    schema: [
      {
        type: "object",
        properties: {
          root: { type: "string" },
          sliceMapPath: { type: "string" },
          shared: { type: "array", items: { type: "string" } },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      notOffered:
        'lib/{{from}} may not import "{{specifier}}": lib/{{to}} does not offer "{{inner}}" (add it to "{{to}}".offers in lib/slice-map.json, or import something it offers).',
      unknownSlice: 'lib/{{from}} may not import "{{specifier}}": "{{to}}" is not a slice in lib/slice-map.json.',
      mapMissing:
        'lib/{{from}} may not import "{{specifier}}": the slice map {{mapPath}} does not exist, so lib/{{to}} offers nothing.',
      mapInvalid: "The slice map {{mapPath}} cannot be read: {{error}}",
    },
  },

  create(context) {
    const options = context.options[0] ?? {};
    const root = path.resolve(options.root ?? context.cwd);
    const mapPath = path.resolve(root, options.sliceMapPath ?? "lib/slice-map.json");
    const shared = new Set(options.shared ?? DEFAULT_SHARED);
    const filename = context.filename;
    if (!path.isAbsolute(filename)) return {};
    const importerPath = path.relative(root, filename).split(path.sep).join("/");
    // Files outside lib/ (pages, actions, route handlers, workflows) are adapters and may call any use case.
    if (!importerPath.startsWith("lib/")) return {};
    const importerSlice = sliceOf(importerPath)?.slice ?? null;

    let loaded;
    let reportedInvalid = false;
    const displayMap = path.relative(root, mapPath).split(path.sep).join("/") || mapPath;

    function check(node, source) {
      if (!source || source.type !== "Literal" || typeof source.value !== "string") return;
      const specifier = source.value;
      const target = resolveSpecifier(specifier, filename, root);
      if (target === null) return;
      const imported = sliceOf(target);
      if (!imported || imported.slice === importerSlice || shared.has(imported.slice)) return;

      loaded ??= readSliceMap(mapPath);
      const data = {
        from: importerSlice ?? "",
        to: imported.slice,
        specifier,
        inner: imported.inner,
        mapPath: displayMap,
      };
      if ("error" in loaded) {
        if (!reportedInvalid)
          context.report({ node: source, messageId: "mapInvalid", data: { ...data, error: loaded.error } });
        reportedInvalid = true;
        return;
      }
      if ("missing" in loaded) {
        context.report({ node: source, messageId: "mapMissing", data });
        return;
      }
      const entry = Object.hasOwn(loaded.map, imported.slice) ? loaded.map[imported.slice] : undefined;
      if (!entry) {
        context.report({ node: source, messageId: "unknownSlice", data });
        return;
      }
      if (!isOffered(entry.offers ?? [], imported.inner))
        context.report({ node: source, messageId: "notOffered", data });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportEqualsDeclaration: (node) => check(node, node.moduleReference?.expression),
      CallExpression(node) {
        // require("…"), and vi.mock("…") / vi.importActual("…"), which reach into a module just the same.
        const callee = node.callee;
        const isRequire = callee.type === "Identifier" && callee.name === "require";
        const isViModule =
          callee.type === "MemberExpression" &&
          callee.object.type === "Identifier" &&
          callee.object.name === "vi" &&
          callee.property.type === "Identifier" &&
          ["mock", "doMock", "importActual", "importMock"].includes(callee.property.name);
        if (isRequire || isViModule) check(node, node.arguments[0]);
      },
    };
  },
};

const plugin = {
  meta: { name: "slices" },
  rules: { boundaries },
};

export default plugin;
