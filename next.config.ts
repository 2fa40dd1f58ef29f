import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The contract serves every path with and without the trailing slash, with no redirect.
  skipTrailingSlashRedirect: true,
  // Server-only packages that read their own files or load WASM at run time.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "swagger-ui-dist",
    "redoc",
    "ioredis",
    "postgres",
  ],
  poweredByHeader: false,
  experimental: {
    serverActions: {
      // The question import page's action receives the chosen CSV (≤ 1 MB) plus its previous
      // state, which holds the last previewed CSV JSON-escaped (up to about twice its size):
      // Next's 1 MB default refused a 600 KB import (e2e/question-bank.spec.ts).
      bodySizeLimit: "4mb",
    },
  },
  typedRoutes: false,
};

export default nextConfig;
