// PUT /staff/{id}/roles/assign/: change a staff member's role under the ladder rules of CONTRACT
// section 3 (lib/people/role-rules.ts).
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { Forbidden, NotAuthenticated } from "@/lib/errors";
import { loadPerson } from "./profile";
import { staffRoleChangeRefusal, type StaffRoleOption } from "./role-rules";
import { setRole } from "./set-role";

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
