// GET /api/v1/staff/ — staff members for staff (moderator+): search, role, occupation.
import { defineRoute } from "@/lib/http/define-route";
import { paginatedSchema, paginated } from "@/lib/http/pagination";
import { listStaff } from "@/lib/people/list-staff";
import { listStaffQuery, staffListItem } from "@/lib/people/schemas";

export const GET = defineRoute(
  {
    summary: "List staff",
    tags: ["Staff"],
    permission: "staff:list",
    query: listStaffQuery,
    response: paginatedSchema(staffListItem),
    errors: [404],
  },
  async ({ ctx, query, url }) => paginated(await listStaff({ ctx, query }), url),
);

export * from "@/lib/http/unserved-methods";
