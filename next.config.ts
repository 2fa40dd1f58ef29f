import type { NextConfig } from "next";

// Headers for every response, pages and API alike: a static list Next adds as it answers, so the
// API's hot paths pay next to nothing (the per-request CSP of pages lives in proxy.ts, which the
// API never runs). HSTS only in production: `npm start` and the test server are production builds
// on http://localhost, where browsers ignore it; `npm run dev` sends none.
const everyResponse = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // For browsers without CSP frame-ancestors; pages and the docs also send frame-ancestors 'none'.
  { key: "X-Frame-Options", value: "DENY" },
  ...(process.env.NODE_ENV === "production"
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

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
  async headers() {
    return [
      { source: "/:path*", headers: everyResponse },
      // Signed links to stored files: the review queue shows PDFs in a frame of our own pages.
      // (A later rule's header replaces an earlier one's.)
      {
        source: "/api/files/:path*",
        headers: [
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'self'" },
        ],
      },
    ];
  },
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
