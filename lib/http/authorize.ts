// Step 2: may this caller use this route? Key or session required, then permission or scope.
import { checkPermission, type ApiKeyScope, type Permission } from "@/lib/auth/permissions";
import { Forbidden, NotAuthenticated } from "@/lib/errors";
import type { Caller } from "./resolve-caller";

export type RouteAccess = {
  /**
   * "public": no key needed; "api-key" (default): a key or the web session; "user": also signed
   * in; "key-only": the integrators' endpoints — a key with the route's scopes, whoever else is
   * signed in (a web session or a bearer token without a key is not enough).
   */
  auth: "public" | "api-key" | "user" | "key-only";
  permission?: Permission;
  /** For key-only callers (integrators). When a route also names a permission, either suffices. */
  scopes?: ApiKeyScope[];
};

export function authorize(caller: Caller, access: RouteAccess): void {
  if (access.auth === "public") return;
  if (access.auth === "key-only") {
    if (!caller.apiKey) {
      throw new NotAuthenticated("These endpoints need an API key: send an X-Api-Key header.");
    }
    const missing = (access.scopes ?? []).filter((scope) => !caller.apiKey!.scopes.includes(scope));
    if (missing.length > 0) {
      throw new Forbidden(`This API key lacks the scope(s): ${missing.join(", ")}.`);
    }
    return;
  }
  if (!caller.apiKey && caller.via !== "web-session") {
    throw new NotAuthenticated(
      "Authentication credentials were not provided: send an X-Api-Key header.",
    );
  }

  if (access.scopes && !caller.user) {
    const missing = access.scopes.filter((scope) => !caller.apiKey!.scopes.includes(scope));
    if (missing.length > 0) {
      throw new Forbidden(`This API key lacks the scope(s): ${missing.join(", ")}.`);
    }
    return;
  }

  const needsUser = access.auth === "user" || access.permission !== undefined;
  if (needsUser && !caller.user) {
    throw new NotAuthenticated("Authentication credentials were not provided: sign in first.");
  }
  if (access.permission && caller.user) {
    const verdict = checkPermission(caller.user, access.permission);
    if (!verdict.allowed) throw new Forbidden(verdict.detail, verdict.code);
  }
}
