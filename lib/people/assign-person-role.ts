// The person page's role change (a server action's entry point): the form's value checked like the
// API's body, then assign-candidate-role or assign-staff-role, whose permission checks apply.
import { requirePermission } from "@/lib/auth/require-permission";
import type { Context } from "@/lib/context";
import { parseInput } from "@/lib/http/parse-input";
import { assignCandidateRole } from "./assign-candidate-role";
import { assignStaffRole } from "./assign-staff-role";
import { loadPerson } from "./profile";
import { assignCandidateRoleInput, assignStaffRoleInput } from "./schemas";

/** The person page's role change: the same checks and rules as the two PUT endpoints. */
export async function assignPersonRole({
  ctx,
  input,
}: {
  ctx: Context;
  input: { userId: string; role: string };
}): Promise<{ role: string; userType: "candidate" | "staff" }> {
  const person = await loadPerson(ctx, input.userId);
  if (person.userType === "candidate") {
    requirePermission(ctx, "candidates:assign-role");
    const { role } = parseInput(assignCandidateRoleInput, { role: input.role }, "role");
    return {
      ...(await assignCandidateRole({ ctx, input: { candidateId: person.id, role } })),
      userType: "candidate",
    };
  }
  requirePermission(ctx, "staff:assign-role");
  const { role } = parseInput(assignStaffRoleInput, { role: input.role }, "role");
  return {
    ...(await assignStaffRole({ ctx, input: { staffId: person.id, role } })),
    userType: "staff",
  };
}
