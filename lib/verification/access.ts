// Who may see a person's verification: the person, or staff who review verifications. Everyone
// else gets the same 404 as for an unknown id (CONTRACT 3), so ids cannot be probed.
import { checkPermission } from "@/lib/auth/permissions";
import type { Context } from "@/lib/context";
import { Forbidden, NotAuthenticated, NotFound } from "@/lib/errors";

/**
 * Allow the owner, a verified manager+ (verification:review), or the platform itself (a context
 * with neither a person nor a key: jobs, scripts). A manager+ who is not verified yet is told so
 * (403 unverified_staff) rather than shown a 404, as on every other staff endpoint.
 */
export function assertMaySeeVerificationOf(
  ctx: Context,
  userId: string,
  what = "Not found.",
): void {
  const user = ctx.actor.user;
  if (!user) {
    if (ctx.actor.apiKey) throw new NotAuthenticated("Sign in first.");
    return;
  }
  if (user.id === userId) return;
  const verdict = checkPermission(user, "verification:review");
  if (verdict.allowed) return;
  if (verdict.code === "unverified_staff") throw new Forbidden(verdict.detail, verdict.code);
  throw new NotFound(what);
}

/** The signed-in person, or 401. */
export function actingUserId(ctx: Context): string {
  const user = ctx.actor.user;
  if (!user) throw new NotAuthenticated("Sign in first.");
  return user.id;
}
