// The browser's Auth.js session, as an acting user. The accounts issue wires Auth.js here; until
// then no request carries a web session and this resolves to null.
import type { ActingUser } from "@/lib/context";

export const webSessionCookieNames = ["authjs.session-token", "__Secure-authjs.session-token"];

export function hasWebSessionCookie(request: Request): boolean {
  const cookie = request.headers.get("cookie") ?? "";
  return webSessionCookieNames.some((name) => cookie.includes(`${name}=`));
}

export async function resolveWebSession(request: Request): Promise<ActingUser | null> {
  void request;
  return null;
}
