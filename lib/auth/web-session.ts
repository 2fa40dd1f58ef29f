// The browser's Auth.js session as an acting user. The cookie holds an encrypted JWT whose `sid`
// names a row in `sessions`; the row decides (revoked → signed out on the next request).
import { decode } from "next-auth/jwt";
import type { Executor } from "@/db/client";
import type { ActingUser, Clock } from "@/lib/context";
import { getAuthSecret } from "@/lib/env";
import { loadSessionUser } from "./resolve-bearer";

export const webSessionCookieNames = ["__Secure-authjs.session-token", "authjs.session-token"];

function readCookie(request: Request): { name: string; value: string } | null {
  const header = request.headers.get("cookie") ?? "";
  for (const name of webSessionCookieNames) {
    const match = new RegExp(`(?:^|;\\s*)${name.replace(/[.]/g, "\\.")}=([^;]+)`).exec(header);
    if (match) return { name, value: decodeURIComponent(match[1]!) };
  }
  return null;
}

export function hasWebSessionCookie(request: Request): boolean {
  return readCookie(request) !== null;
}

export async function resolveWebSession(
  request: Request,
  db: Executor,
  clock: Clock,
): Promise<ActingUser | null> {
  const cookie = readCookie(request);
  if (!cookie) return null;
  try {
    const token = await decode({ token: cookie.value, secret: getAuthSecret(), salt: cookie.name });
    if (typeof token?.sid !== "string" || typeof token.sub !== "string") return null;
    return await loadSessionUser(db, token.sid, token.sub, clock.now());
  } catch {
    return null; // a cookie we cannot decrypt is no session at all
  }
}
