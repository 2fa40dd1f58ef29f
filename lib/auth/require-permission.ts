// The same permission table for pages and server actions as for routes: pages call domain code
// directly, so they check here first (routes check in lib/http/authorize.ts).
import type { Context } from "@/lib/context";
import { Forbidden, NotAuthenticated } from "@/lib/errors";
import { checkPermission, type ApiKeyScope, type Permission } from "./permissions";

/** Whether the signed-in person holds the permission (for navigation and showing actions). */
export function can(ctx: Context, permission: Permission): boolean {
  const user = ctx.actor.user;
  return user ? checkPermission(user, permission).allowed : false;
}

/** Throw the contract's 401/403 unless the signed-in person holds the permission. */
export function requirePermission(ctx: Context, permission: Permission): void {
  const user = ctx.actor.user;
  if (!user) throw new NotAuthenticated("Sign in first.");
  const verdict = checkPermission(user, permission);
  if (!verdict.allowed) throw new Forbidden(verdict.detail, verdict.code);
}

/**
 * For operations both staff and integrators call (the route names a permission and scopes): a
 * signed-in person needs the permission, a key alone needs the scope.
 */
export function requirePermissionOrScope(
  ctx: Context,
  permission: Permission,
  scope: ApiKeyScope,
): void {
  if (ctx.actor.user) return requirePermission(ctx, permission);
  if (!ctx.actor.apiKey) throw new NotAuthenticated("Sign in or send an API key.");
  if (!ctx.actor.apiKey.scopes.includes(scope)) {
    throw new Forbidden(`This API key lacks the scope(s): ${scope}.`);
  }
}
