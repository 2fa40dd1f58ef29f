// GET /api/v1/staff/{id}/ — one staff member in full, documents as short-lived links (manager+).
import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { fullProfile } from "@/lib/people/schemas";
import { getStaffDetail } from "@/lib/people/staff-detail";

export const GET = defineRoute(
  {
    summary: "Get a staff member",
    tags: ["Staff"],
    permission: "staff:view",
    params: z.object({ id: z.uuid("Not a valid id.") }),
    response: fullProfile,
    errors: [403, 404],
  },
  async ({ ctx, params }) => getStaffDetail({ ctx, input: { staffId: params.id } }),
);

export * from "@/lib/http/unserved-methods";
