// PUT /candidates/{id}/roles/assign/ and PUT /staff/{id}/roles/assign/: change a person's role
// under the rules of CONTRACT section 3 (lib/people/role-rules.ts).
import { and, eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { requirePermission } from "@/lib/auth/require-permission";
import type { CandidateRole } from "@/lib/auth/roles";
import type { Context } from "@/lib/context";
import { Conflict, Forbidden, NotAuthenticated } from "@/lib/errors";
import { loadPerson } from "./profile";
import { staffRoleChangeRefusal, type StaffRoleOption } from "./role-rules";

/**
 * Write the new role only if the role the rules were checked against is still the stored one, so
 * two concurrent changes cannot combine into one the rules would have refused.
 */
async function setRole(ctx: Context, userId: string, from: string, to: string) {
  const updated = await ctx.db
    .update(users)
    .set({ role: to, updatedAt: ctx.clock.now() })
    .where(and(eq(users.id, userId), eq(users.role, from)))
    .returning({ id: users.id });
  if (updated.length === 0) {
    throw new Conflict("The role was changed meanwhile; reload and try again.", "role_changed");
  }
}

/** Admin+ (candidates:assign-role). The candidate must be user-verified. */
export async function assignCandidateRole({
  ctx,
  input,
}: {
  ctx: Context;
  input: { candidateId: string; role: CandidateRole };
}): Promise<{ role: string }> {
  requirePermission(ctx, "candidates:assign-role");
  const candidate = await loadPerson(ctx, input.candidateId, "candidate");
  if (!candidate.isUserVerified) {
    throw new Forbidden(
      "A candidate must be verified before a role can be assigned.",
      "unverified_candidate",
    );
  }
  if (candidate.role !== input.role) await setRole(ctx, candidate.id, candidate.role, input.role);
  return { role: input.role };
}

/** Manager+ (staff:assign-role); the ladder rules are enforced here too. */
export async function assignStaffRole({
  ctx,
  input,
}: {
  ctx: Context;
  input: { staffId: string; role: StaffRoleOption };
}): Promise<{ role: string }> {
  requirePermission(ctx, "staff:assign-role");
  const actor = ctx.actor.user;
  if (!actor) throw new NotAuthenticated("Sign in first.");
  const target = await loadPerson(ctx, input.staffId, "staff");
  const refusal = staffRoleChangeRefusal({
    actorId: actor.id,
    actorRole: actor.role,
    targetId: target.id,
    targetRole: target.role,
    newRole: input.role,
  });
  if (refusal) throw new Forbidden(refusal, "permission_denied");
  if (target.role !== input.role) await setRole(ctx, target.id, target.role, input.role);
  return { role: input.role };
}
