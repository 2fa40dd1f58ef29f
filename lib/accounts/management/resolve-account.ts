// Whose account a request is about, and whether the caller may see or change it. Everyone may
// manage their own account (verified or not); someone else's needs accounts:manage-others.
import { checkPermission } from "@/lib/auth/permissions";
import { staffRank } from "@/lib/auth/roles";
import type { Context } from "@/lib/context";
import { Forbidden, NotAuthenticated, NotFound } from "@/lib/errors";
import { loadPerson, type UserRow } from "@/lib/people/profile";

export type AccountPurpose = "view" | "edit";

export async function resolveAccount(
  ctx: Context,
  userId: string | undefined,
  purpose: AccountPurpose,
): Promise<UserRow> {
  const actor = ctx.actor.user;
  if (!actor) throw new NotAuthenticated("Sign in first.");
  if (!userId || userId === actor.id) return loadPerson(ctx, actor.id);

  const verdict = checkPermission(actor, "accounts:manage-others");
  if (!verdict.allowed) {
    // A manager who is not verified yet learns why, before any lookup (so nothing is revealed);
    // everyone else cannot tell another person's account from one that does not exist.
    if (verdict.code === "unverified_staff") throw new Forbidden(verdict.detail, verdict.code);
    throw new NotFound("User not found.");
  }
  const target = await loadPerson(ctx, userId);
  if (purpose === "edit") assertMayEdit(actor.role, target);
  return target;
}

/** Managers edit candidates and staff below themselves; nobody edits an equal or a superior. */
function assertMayEdit(actorRole: string, target: UserRow): void {
  if (target.userType !== "staff") return;
  if (staffRank(target.role) >= staffRank(actorRole)) {
    throw new Forbidden(
      "You cannot change the account of a staff member ranked at or above you.",
      "permission_denied",
    );
  }
}
