// The same permission table for pages and server actions as for routes: pages call domain code
// directly, so they check here first (routes check in lib/http/authorize.ts).
import type { Context } from "@/lib/context";
import { Forbidden, NotAuthenticated } from "@/lib/errors";
import { checkPermission, type Permission } from "./permissions";

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
