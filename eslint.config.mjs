import js from "@eslint/js";
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
              group: ["@/db/*", "drizzle-orm", "drizzle-orm/*"],
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
);
