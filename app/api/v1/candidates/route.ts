// GET /api/v1/candidates/ — candidates for staff (moderator+): search, role, school, verified.
import { defineRoute } from "@/lib/http/define-route";
import { paginatedSchema, paginated } from "@/lib/http/pagination";
import { listCandidates } from "@/lib/people/list-candidates";
import { candidateListItem, listCandidatesQuery } from "@/lib/people/schemas";

export const GET = defineRoute(
  {
    summary: "List candidates",
    tags: ["Candidates"],
    permission: "candidates:list",
    query: listCandidatesQuery,
    response: paginatedSchema(candidateListItem),
    errors: [404],
  },
  async ({ ctx, query, url }) => paginated(await listCandidates({ ctx, query }), url),
);

export * from "@/lib/http/unserved-methods";
