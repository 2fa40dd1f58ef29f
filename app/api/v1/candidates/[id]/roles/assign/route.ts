// PUT /api/v1/candidates/{id}/roles/assign/ — change a verified candidate's role (admin+).
import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { assignCandidateRole } from "@/lib/people/assign-candidate-role";
import { assignCandidateRoleInput, roleResponse } from "@/lib/people/schemas";

export const PUT = defineRoute(
  {
    summary: "Assign a candidate role",
    description:
      "Sets the candidate's role (screening, league, final, winner). The candidate must be verified (403 `unverified_candidate`). Setting the current role again changes nothing.",
    tags: ["Candidates"],
    permission: "candidates:assign-role",
    params: z.object({ id: z.uuid("Not a valid id.") }),
    body: assignCandidateRoleInput,
    response: roleResponse,
    errors: [400, 403, 404, 409],
  },
  async ({ ctx, params, body }) =>
    assignCandidateRole({ ctx, input: { candidateId: params.id, role: body.role } }),
);

export * from "@/lib/http/unserved-methods";
