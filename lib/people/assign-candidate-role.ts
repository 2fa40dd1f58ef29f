// PUT /candidates/{id}/roles/assign/: move a verified candidate between stages.
import { requirePermission } from "@/lib/auth/require-permission";
import type { CandidateRole } from "@/lib/auth/roles";
import type { Context } from "@/lib/context";
import { Forbidden } from "@/lib/errors";
import { loadPerson } from "./profile";
import { setRole } from "./set-role";

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
