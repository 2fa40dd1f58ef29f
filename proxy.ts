// Runs before /api/v1 route handlers: answers unknown paths (404) and wrong methods (405) in the
// contract's error shape. Both trailing-slash forms reach the route itself: next.config.ts turns
// the redirect off, and Next matches `/x/` to the route of `/x`.
import { NextResponse, type NextRequest } from "next/server";
import { matchRoute } from "@/lib/http/match-route";

const alwaysAllowed = new Set(["HEAD", "OPTIONS"]);

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const route = matchRoute(pathname);
  if (!route) {
    return NextResponse.json({ detail: "Not found.", code: "not_found" }, { status: 404 });
  }
  if (!route.methods.includes(request.method) && !alwaysAllowed.has(request.method)) {
    return NextResponse.json(
      { detail: `Method "${request.method}" not allowed.`, code: "method_not_allowed" },
      { status: 405, headers: { Allow: route.methods.join(", ") } },
    );
  }
  return NextResponse.next();
}

export const config = { matcher: "/api/v1/:path*" };
