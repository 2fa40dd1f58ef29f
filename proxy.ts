// Proxy for page routes only: each page response gets a Content-Security-Policy with a fresh
// nonce, which Next.js reads from the request's copy of the header and puts on its own scripts.
// The API, static files and icons never run this (see `config.matcher`): autosave and the other
// API hot paths pay nothing for it. Headers every response carries (nosniff, Referrer-Policy,
// X-Frame-Options, HSTS) come from next.config.ts.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { createNonce, pagePolicy } from "@/lib/security/content-security-policy";
import { pagePolicySourcesFromEnv } from "@/lib/security/page-policy-sources";

const sources = pagePolicySourcesFromEnv();
const development = env.NODE_ENV === "development";

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const policy = pagePolicy({ nonce, development, sources });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Everything but /api/** (served by route handlers, including the docs pages, which set
      // their own policy), Next's static files and image optimiser, and the app's icons.
      source:
        "/((?!api(?:/|$)|_next/static/|_next/image|favicon\\.ico$|icon\\.svg$|apple-icon\\.png$).*)",
      // Prefetches fetch data, not documents: no policy needed.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
