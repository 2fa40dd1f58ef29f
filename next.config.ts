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
  typedRoutes: false,
};

export default nextConfig;
