// PUT /api/v1/staff/{id}/roles/assign/ — change a staff member's role (manager+, CONTRACT 3).
import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { assignStaffRole } from "@/lib/people/assign-staff-role";
import { assignStaffRoleInput, roleResponse } from "@/lib/people/schemas";

export const PUT = defineRoute(
  {
    summary: "Assign a staff role",
    description:
      "Nobody assigns superadmin or changes their own role; only roles below the caller's own may be given (a manager gives volunteer, moderator, admin or sponsor; a superadmin also manager), and only to someone ranked below the caller. Refusals are 403 `permission_denied`. Setting the current role again changes nothing.",
    tags: ["Staff"],
    permission: "staff:assign-role",
    params: z.object({ id: z.uuid("Not a valid id.") }),
    body: assignStaffRoleInput,
    response: roleResponse,
    errors: [400, 403, 404, 409],
  },
  async ({ ctx, params, body }) =>
    assignStaffRole({ ctx, input: { staffId: params.id, role: body.role } }),
);

export * from "@/lib/http/unserved-methods";
