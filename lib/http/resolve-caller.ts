// Step 1 of every request: who is calling. API key (X-Api-Key), access token (Bearer) and the
// web app's session cookie are each resolved here and nowhere else.
import type { Executor } from "@/db/client";
import { authenticateApiKey } from "@/lib/auth/api-keys/authenticate-api-key";
import { resolveBearer } from "@/lib/auth/resolve-bearer";
import { hasWebSessionCookie, resolveWebSession } from "@/lib/auth/web-session";
import type { Actor, Clock } from "@/lib/context";
import { AuthenticationFailed, Forbidden } from "@/lib/errors";
import { clientIp } from "./client-ip";

export type Caller = Actor & { via: "api-key" | "web-session" | "none" };

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

export async function resolveCaller(request: Request, db: Executor, clock: Clock): Promise<Caller> {
  const ip = clientIp(request);
  const userAgent = request.headers.get("user-agent");

  const rawKey = request.headers.get("x-api-key");
  const apiKey = rawKey === null ? null : await authenticateApiKey(db, rawKey.trim(), clock);
  if (rawKey !== null && !apiKey) throw new AuthenticationFailed("Invalid or revoked API key.");

  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    const user = match ? await resolveBearer(db, match[1]!, clock) : null;
    if (!user) throw new AuthenticationFailed("Token is invalid or expired.", "invalid_token");
    return { user, apiKey, ip, userAgent, via: apiKey ? "api-key" : "none" };
  }

  if (hasWebSessionCookie(request)) {
    const user = await resolveWebSession(request, db, clock);
    if (user) {
      assertSameOrigin(request);
      return { user, apiKey, ip, userAgent, via: "web-session" };
    }
  }
  return { user: null, apiKey, ip, userAgent, via: apiKey ? "api-key" : "none" };
}

/** CSRF guard: a cookie-authenticated request that changes state must come from our own origin. */
function assertSameOrigin(request: Request): void {
  if (safeMethods.has(request.method)) return;
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host || new URL(origin).host !== host) {
    throw new Forbidden("Cross-origin request refused.", "csrf_failed");
  }
}
