import js from "@eslint/js";
import drizzle from "eslint-plugin-drizzle";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      ".data/**",
      "bench/.tmp/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
  {
    // The domain layer knows nothing of Next.js (STYLE.md guideline 2).
    files: ["lib/**/*.ts", "db/**/*.ts", "inngest/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["next", "next/*", "@/app/*"],
              message: "lib/, db/ and inngest/ must not depend on Next.js or app/.",
            },
          ],
        },
      ],
    },
  },
  {
    // Pages and handlers reach the database only through the domain layer (STYLE.md guideline 4).
    files: ["app/**/*.ts", "app/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/db", "@/db/*", "drizzle-orm", "drizzle-orm/*", "postgres"],
              message: "Call a lib/ operation instead of querying from app/.",
            },
          ],
        },
      ],
    },
  },
  {
    // lib/jobs (and all of lib/) sits below the Inngest layer: inngest/ builds on lib/, never the
    // reverse. Flat config replaces a rule's options per file, so this block repeats the Next.js
    // ban of the block above for lib/.
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["next", "next/*", "@/app/*"],
              message: "lib/, db/ and inngest/ must not depend on Next.js or app/.",
            },
            {
              group: ["@/inngest", "@/inngest/*"],
              message:
                "lib/ must not import the Inngest layer above it; take functions or the sender as arguments.",
            },
          ],
        },
      ],
    },
  },
  {
    // One env module (STYLE.md guideline 12): lib/env.ts is the only reader of process.env in the
    // application. Command-line scripts, the bench, the journeys, the test set-up and the config
    // files at the root run outside the app and read their own variables.
    files: ["app/**", "components/**", "lib/**", "inngest/**", "db/**", "*.ts"],
    ignores: [
      "lib/env.ts",
      "**/*.test.ts",
      "**/*.test.tsx",
      "next.config.ts",
      "playwright.config.ts",
      "vitest.config.ts",
      "drizzle.config.ts",
    ],
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "Read settings from `env` in lib/env.ts (the only reader of process.env).",
        },
      ],
    },
  },
  {
    // A bench-only route: the bare upsert is the benchmark's baseline, so it talks to Postgres
    // without the domain layer on purpose (bench/README.md). It is served only with
    // ENABLE_BENCH_ROUTES=true.
    files: ["app/api/bench/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // No UPDATE or DELETE without WHERE on a drizzle database or transaction object, in the code
    // that runs the platform. Integration tests empty their own tables between cases on purpose.
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["tests/**"],
    plugins: { drizzle },
    rules: {
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx", "getDb"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx", "getDb"] }],
    },
  },
  {
    // The browser reaches our API through one typed client (components/api/fetch-json.ts): the
    // server's zod schema on the answer and the contract's error shape on a failure.
    files: ["components/**/*.ts", "components/**/*.tsx"],
    ignores: ["components/api/**", "components/**/*.test.ts", "components/**/*.test.tsx"],
    rules: {
      "no-restricted-globals": [
        "error",
        {
          name: "fetch",
          message:
            "Call the API with fetchJson/getJson from components/api/fetch-json.ts (parsed with the server's schema, errors in one shape).",
        },
      ],
    },
  },
  {
    // No barrel files (STYLE.md guideline 15): import a domain's operations by file path. An
    // index.ts is kept only for a port, where it chooses the adapter.
    files: ["lib/**/index.ts"],
    ignores: [
      "lib/email/index.ts",
      "lib/storage/index.ts",
      "lib/realtime/index.ts",
      "lib/jobs/index.ts",
      "lib/http/rate-limit/index.ts",
    ],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "ExportNamedDeclaration[source], ExportAllDeclaration",
          message:
            "No re-export surfaces in lib/: import operations by file path (index.ts is only for ports choosing an adapter).",
        },
      ],
    },
  },
);
