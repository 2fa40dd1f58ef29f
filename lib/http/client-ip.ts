import { env } from "@/lib/env";

/**
 * The caller's address for rate limiting. scripts/serve.mjs appends the socket address to
 * X-Forwarded-For (and drops the client's own value unless proxies are trusted), so the entry
 * TRUSTED_PROXY_COUNT places from the end is the first one no client could forge.
 */
export function clientIp(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for");
  if (forwarded) {
    const hops = forwarded
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    const candidate = hops[Math.max(0, hops.length - 1 - env.TRUSTED_PROXY_COUNT)];
    if (candidate) return candidate;
  }
  return "unknown";
}
