// Lint rules and their reasons: docs/decisions/0008-lint-and-format.md.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
import jsxA11y from "eslint-plugin-jsx-a11y";
import slices from "./scripts/eslint/slice-boundaries.mjs";

const root = import.meta.dirname;

// lib/ is the domain: it never reaches up into the adapters (pages, actions, components).
const adapterImports = {
  regex: String.raw`^(?:@/|(?:\.\./)+)(?:app|components)(?:/|$)`,
  message: "lib/ holds the domain: it must not import from app/ or components/ (move the shared piece into lib/).",
};

export default defineConfig([
  globalIgnores([
    ".next/**",
    ".data/**",
    "lib/generated/**",
    "prisma/migrations/**",
    "playwright-report/**",
    "test-results/**",
    "coverage/**",
    "next-env.d.ts",
  ]),

  // Next's own set: @next/next (core web vitals as errors), react, react-hooks (including the
  // React Compiler rules of eslint-plugin-react-hooks 7), import, and a few jsx-a11y rules.
  ...nextVitals,
  // typescript-eslint's recommended set for .ts/.tsx.
  ...nextTypescript,

  {
    name: "stagiaire/jsx-a11y",
    files: ["**/*.{jsx,tsx}"],
    // The plugin is registered by Next's config; turn on its whole recommended set, not just Next's six.
    rules: jsxA11y.flatConfigs.recommended.rules,
  },

  {
    name: "stagiaire/typescript",
    files: ["**/*.{ts,tsx,mts,cts}"],
    rules: {
      // `_`-prefixed names document "deliberately unused" (positional args, skipped tuple items).
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          args: "after-used",
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
      "@typescript-eslint/no-unused-expressions": ["error", { allowShortCircuit: true, allowTernary: true }],
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { prefer: "type-imports", fixStyle: "separate-type-imports", disallowTypeAnnotations: false },
      ],
      "@typescript-eslint/no-import-type-side-effects": "error",
    },
  },

  {
    // A few type-aware rules, for the mistakes that lose errors or data: a promise nobody awaits.
    name: "stagiaire/typescript-typed",
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/return-await": ["error", "in-try-catch"],
      "@typescript-eslint/switch-exhaustiveness-check": [
        "error",
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
    },
  },

  {
    name: "stagiaire/javascript",
    rules: {
      eqeqeq: ["error", "always", { null: "ignore" }],
      "no-var": "error",
      "prefer-const": "error",
      "object-shorthand": ["error", "properties"],
    },
  },

  {
    // Next's config registers the import plugin for these, not for CommonJS preloads (.cjs).
    name: "stagiaire/imports",
    files: ["**/*.{js,jsx,mjs,ts,tsx,mts,cts}"],
    rules: {
      "import/no-duplicates": "error",
      "import/first": "error",
      "import/no-self-import": "error",
      "import/no-useless-path-segments": "error",
    },
  },

  {
    // Application code reads configuration through lib/core/env.ts and logs through lib/core/logger.ts.
    name: "stagiaire/application-code",
    files: ["{lib,app,components,inngest}/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}", "lib/core/env.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "Read configuration through lib/core/env.ts (the one module that validates it).",
        },
      ],
      "no-console": "error",
    },
  },

  {
    name: "stagiaire/lib-imports-no-adapters",
    files: ["lib/**/*.{ts,tsx,mts,cts,js,mjs}"],
    rules: { "no-restricted-imports": ["error", { patterns: [adapterImports] }] },
  },

  {
    // Slices use each other only through what lib/slice-map.json offers (decision 0005). Test files
    // under lib/ count as slice files: a helper another slice's tests need is offered explicitly.
    name: "stagiaire/slice-boundaries",
    files: ["lib/**/*.{ts,tsx,mts,cts,js,mjs}"],
    plugins: { slices },
    rules: {
      "slices/boundaries": ["error", { root, sliceMapPath: "lib/slice-map.json", shared: ["core", "generated"] }],
    },
  },

  // Last: turn off every stylistic rule that Prettier owns.
  prettier,
]);
